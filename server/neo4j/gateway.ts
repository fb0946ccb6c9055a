// The one gateway to Neo4j: read or write by intent, sessions closed, values made plain.
import neo4j, { type Driver, type QueryResult, type Session, type Transaction } from 'neo4j-driver';
import { newBudget, toBoundedPlain } from './bounded-plain';
import { cypher } from './cypher-files';
import { mapNeo4jError } from './driver-errors';
import type {
  BoundedRows,
  GatewayOptions,
  Params,
  QueryPlan,
  ReadBounds,
  Row,
  WriteCounters,
  WriteTx,
} from './gateway-types';
import { WRITE_QUERIES, type NamedQuery, type ParamsArg, type QueryRunner } from './query-runner';
import { retryTransient } from './retry';
import { toPlain } from './to-plain';

export { mapNeo4jError } from './driver-errors';
export type * from './gateway-types';

/** Session settings: the access mode and, for streamed reads, how many records per fetch. */
interface SessionMode {
  readonly mode: 'READ' | 'WRITE';
  readonly fetchSize?: number;
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

/** What `explain` puts before a query: Neo4j's error positions count it (analyst-positions.ts). */
export const EXPLAIN_PREFIX = 'EXPLAIN ';

/**
 * The driver behind a QueryRunner: named queries (`run`), text queries for start-up, loads and
 * analysts (`read`, `write`, `writeTransaction`, `explain`, `readBounded`). Errors: see
 * `mapNeo4jError`.
 */
export class Neo4jGateway implements QueryRunner {
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
    await retryTransient(() => this.run('ping'), {
      deadline: Date.now() + timeoutMs,
      budgetMs: timeoutMs,
      what: 'Waiting for Neo4j to answer',
      retryable: (error) =>
        (error as { code?: string }).code !== 'Neo.ClientError.Security.Unauthorized',
    });
  }

  /**
   * Waits until every index is online (after a crash Neo4j may rebuild them), at most
   * `timeoutMs`; start-up work, so not under the user transaction limit.
   */
  async awaitIndexes(timeoutMs: number): Promise<void> {
    const seconds = Math.max(1, Math.floor(timeoutMs / 1000));
    await this.writeTransaction(
      (tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds }),
      timeoutMs + 5000,
    );
  }

  /** Runs `cypher/NAME.cypher`: `WRITE_QUERIES` in a write transaction, others in a read. */
  async run<N extends NamedQuery>(name: N, ...params: ParamsArg<N>): Promise<Row[]> {
    const values: Params = params[0] ?? {};
    return WRITE_QUERIES.has(name)
      ? this.write(cypher(name), values)
      : this.read(cypher(name), values);
  }

  /** Runs named queries in one write transaction: all commit together, or none (on a throw). */
  async transaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.writeTransaction((wtx) => work(namedQueries(wtx, this.database)));
  }

  /** Runs a read query in a read transaction (routed to readers in a cluster). */
  async read(query: string, params: Params = {}): Promise<Row[]> {
    return this.inSession({ mode: 'READ' }, async (session) =>
      rowsOf(await session.executeRead((tx) => tx.run(query, params), this.txConfig())),
    );
  }

  /** Runs one write query in its own transaction. */
  async write(query: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  /** Runs `work` in one write transaction: all its statements commit together or none do. */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.inSession({ mode: 'WRITE' }, async (session) => {
      const tx = session.beginTransaction({
        timeout: timeoutMs ?? this.txTimeoutMs,
        metadata: { app: 'brand-graph-explorer' },
      });
      try {
        const value = await work(writeHandle(tx));
        await tx.commit();
        return value;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    });
  }

  /**
   * Plans a query without running it (EXPLAIN) in a read transaction: its query type
   * (`r`, `rw`, `w`, `s`) and the operators of its plan with their details.
   */
  async explain(query: string, params: Params = {}): Promise<QueryPlan> {
    return this.inSession({ mode: 'READ' }, async (session) => {
      const result = await session.executeRead(
        (tx) => tx.run(`${EXPLAIN_PREFIX}${query}`, params),
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
    });
  }

  /**
   * Runs a read query, streaming a few records at a time, and stops at the first bound reached
   * (rows, bytes of JSON, items per list: see bounded-plain.ts); `cut` names it. The transaction
   * is read-only (the server refuses writes in it), has the server-side timeout `timeoutMs`,
   * and is rolled back at the end.
   */
  async readBounded(query: string, params: Params, bounds: ReadBounds): Promise<BoundedRows> {
    const fetchSize = Math.min(bounds.maxRows + 1, 100);
    return this.inSession({ mode: 'READ', fetchSize }, async (session) => {
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
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    });
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

  /** Closes the driver and its connections. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * The one place a session opens: `work` runs in it, driver errors leave as typed errors
   * (`mapNeo4jError`), and the session is closed in `finally`.
   */
  private async inSession<T>(how: SessionMode, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: how.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(how.fetchSize !== undefined ? { fetchSize: how.fetchSize } : {}),
    });
    try {
      return await work(session);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private txConfig(): { timeout: number; metadata: Record<string, string> } {
    return { timeout: this.txTimeoutMs, metadata: { app: 'brand-graph-explorer' } };
  }
}

/** Named queries (`cypher/NAME.cypher`) run in an open write transaction. */
export function namedQueries(tx: WriteTx, database: string): QueryRunner {
  return {
    database,
    run: <N extends NamedQuery>(name: N, ...params: ParamsArg<N>) =>
      tx.run(cypher(name), params[0] ?? {}),
  };
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
