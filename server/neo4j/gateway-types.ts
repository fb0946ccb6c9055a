// The shapes the gateway takes and answers: parameters, rows, plans, bounds, write counters.
import type { Plain } from './to-plain';

/** Query parameters by name (`$name` in the Cypher text). */
export type Params = Readonly<Record<string, unknown>>;

/** A query's plan without running it (EXPLAIN). */
export interface QueryPlan {
  /** `r` read only, `rw` read and write, `w` write only, `s` schema. */
  readonly queryType: string;
  readonly operators: readonly { name: string; details: string }[];
}
/** One result row: column name to plain JSON value. */
export type Row = Record<string, Plain>;

/** How to connect: Bolt URI, credentials, database and time limits (ms). */
export interface GatewayOptions {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Limit for one transaction, enforced by the server too. */
  readonly txTimeoutMs: number;
  /**
   * Budget for start-up work (the schema) when no deadline is given (NEO4J_READY_TIMEOUT_MS;
   * 300 s by default). Such work is not under `txTimeoutMs`.
   */
  readonly readyTimeoutMs?: number;
  /** Connections the driver may open at once (the driver's default: 100). */
  readonly maxConnectionPoolSize?: number;
}

/** Bounds of one streamed read: rows, bytes of JSON, items per list, and time. */
export interface ReadBounds {
  readonly maxRows: number;
  readonly maxBytes: number;
  readonly maxListItems: number;
  readonly timeoutMs: number;
}

/** A bounded read's answer; `cut` names the bound that stopped it, null when all came. */
export interface BoundedRows {
  readonly columns: string[];
  readonly rows: Row[];
  readonly cut: 'rows' | 'bytes' | 'list' | null;
}

/** Counters of a write, summed over its statements. */
export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

/** A transaction handed to `writeTransaction`: statements run atomically together. */
export interface WriteTx {
  run(query: string, params?: Params): Promise<Row[]>;
  readonly counters: WriteCounters;
}
