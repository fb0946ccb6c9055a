// The one gateway to Neo4j: read or write by intent, sessions closed, values made plain.
import neo4j, { type Driver, type QueryResult, type Transaction } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';
import { newBudget, toBoundedPlain } from './bounded-plain';
import { retryTransient } from './retry';
import { toPlain, type Plain } from './to-plain';

export type Params = Readonly<Record<string, unknown>>;

export interface QueryPlan {
  /** `r` read only, `rw` read and write, `w` write only, `s` schema. */
  readonly queryType: string;
  readonly operators: readonly { name: string; details: string }[];
}
export type Row = Record<string, Plain>;

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

/** Driver codes for a connection that failed or broke, e.g. a server stopping mid-handshake. */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError']);
const TIMED_OUT = /TransactionTimedOut|TransactionTimedOutClientConfiguration/;

/** Maps driver errors to the server's typed errors; everything else passes through. */
export function mapNeo4jError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  // Transient errors are, by Neo4j's own definition, worth retrying later: 503 + Retry-After.
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.')) {
    return new DatabaseUnavailableError('Neo4j is not reachable right now');
  }
  if (TIMED_OUT.test(code)) return new QueryTimeoutError('The query took too long and was stopped');
  // The driver's own pool timeout has no code: every connection is busy, so retry later.
  if (/^Connection acquisition timed out/.test((error as Error).message)) {
    return new DatabaseUnavailableError('Every connection to Neo4j is busy: retry shortly');
  }
  return error;
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

export class Neo4jGateway {
  readonly database: string;
  private readonly txTimeoutMs: number;
  /** The start-up budget in ms (NEO4J_READY_TIMEOUT_MS). */
  readonly readyTimeoutMs: number;

  private constructor(
    private readonly driver: Driver,
    /** How this gateway connected: a second, smaller gateway (analyst queries) reuses it. */
    readonly options: GatewayOptions,
  ) {
    this.database = options.database;
    this.txTimeoutMs = options.txTimeoutMs;
    this.readyTimeoutMs = options.readyTimeoutMs ?? 300000;
  }

  /** Creates the driver; fails fast (seconds, not the driver's minute) when Neo4j is down. */
  static connect(options: GatewayOptions): Neo4jGateway {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: 4000,
      maxTransactionRetryTime: 2000,
      ...(options.maxConnectionPoolSize !== undefined
        ? { maxConnectionPoolSize: options.maxConnectionPoolSize }
        : {}),
      userAgent: 'brand-graph-explorer',
    });
    return new Neo4jGateway(driver, options);
  }

  /**
   * Waits until a query succeeds, retrying with backoff; throws ReadyTimeoutError (naming
   * NEO4J_READY_TIMEOUT_MS) after `timeoutMs`, or at once when the credentials are refused.
   */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    await retryTransient(() => this.read('RETURN 1 AS ok'), {
      deadline: Date.now() + timeoutMs,
      budgetMs: timeoutMs,
      what: 'Waiting for Neo4j to answer',
      retryable: (error) =>
        (error as { code?: string }).code !== 'Neo.ClientError.Security.Unauthorized',
    });
  }

  /** Runs a read query in a read transaction (routed to readers in a cluster). */
  async read(query: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.executeRead((tx) => tx.run(query, params), this.txConfig());
      return rowsOf(result);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs one write query in its own transaction. */
  async write(query: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  /** Runs `work` in one write transaction: all its statements commit together or none do. */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    const tx = session.beginTransaction({
      timeout: timeoutMs ?? this.txTimeoutMs,
      metadata: { app: 'brand-graph-explorer' },
    });
    try {
      const handle = writeHandle(tx);
      const value = await work(handle);
      await tx.commit();
      return value;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Plans a query without running it (EXPLAIN) in a read transaction: its query type
   * (`r`, `rw`, `w`, `s`) and the operators of its plan with their details.
   */
  async explain(query: string, params: Params = {}): Promise<QueryPlan> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.executeRead(
        (tx) => tx.run(`EXPLAIN ${query}`, params),
        this.txConfig(),
      );
      const operators: { name: string; details: string }[] = [];
      const walk = (plan: {
        operatorType: string;
        arguments: Record<string, unknown>;
        children: unknown[];
      }): void => {
        const details = plan.arguments.Details;
        operators.push({
          name: plan.operatorType,
          details: typeof details === 'string' ? details : '',
        });
        for (const child of plan.children) walk(child as typeof plan);
      };
      const plan = result.summary.plan;
      if (plan) walk(plan);
      return { queryType: result.summary.queryType, operators };
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a read query, streaming a few records at a time, and stops at the first bound reached
   * (rows, bytes of JSON, items per list: see bounded-plain.ts); `cut` names it. The transaction
   * is read-only (the server refuses writes in it), has the server-side timeout `timeoutMs`,
   * and is rolled back at the end.
   */
  async readBounded(query: string, params: Params, bounds: ReadBounds): Promise<BoundedRows> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: Math.min(bounds.maxRows + 1, 100),
    });
    const tx = session.beginTransaction({
      timeout: bounds.timeoutMs,
      metadata: { app: 'analyst-query' },
    });
    try {
      const result = tx.run(query, params);
      const columns = (await result.keys()).map(String);
      const rows: Row[] = [];
      const budget = newBudget(bounds.maxBytes, bounds.maxListItems);
      let cut: BoundedRows['cut'] = null;
      for await (const record of result) {
        if (rows.length >= bounds.maxRows) {
          cut = 'rows';
          break;
        }
        const values = Object.fromEntries(record.keys.map((k) => [String(k), record.get(k)]));
        budget.bytes -= 1; // the comma between rows
        rows.push(toBoundedPlain(values, budget) as Row);
        if (budget.cut === 'bytes') break;
      }
      return { columns, rows, cut: cut ?? budget.cut };
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close();
    }
  }

  /**
   * Runs schema statements, each in its own transaction (Neo4j requires that). This is
   * start-up work: each transaction may take the time left until `deadline` (epoch ms; by
   * default `readyTimeoutMs` from now), not the user-facing limit, and transient errors are
   * retried with backoff until then.
   */
  async runSchema(
    statements: readonly string[],
    deadline = Date.now() + this.readyTimeoutMs,
  ): Promise<void> {
    for (const statement of statements) {
      await retryTransient(
        (remaining) => this.writeTransaction((tx) => tx.run(statement), remaining),
        { deadline, budgetMs: this.readyTimeoutMs, what: 'Creating the database schema' },
      );
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private txConfig(): { timeout: number; metadata: Record<string, string> } {
    return { timeout: this.txTimeoutMs, metadata: { app: 'brand-graph-explorer' } };
  }
}

function writeHandle(tx: Transaction): WriteTx {
  const counters: WriteCounters = {
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
  };
  return {
    counters,
    async run(query, params = {}) {
      const result = await tx.run(query, params);
      const updates = result.summary.counters.updates();
      counters.nodesCreated += updates.nodesCreated;
      counters.relationshipsCreated += updates.relationshipsCreated;
      counters.propertiesSet += updates.propertiesSet;
      counters.nodesDeleted += updates.nodesDeleted;
      counters.relationshipsDeleted += updates.relationshipsDeleted;
      return rowsOf(result);
    },
  };
}
