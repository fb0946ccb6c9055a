// A QueryRunner that records every (query name, parameters) in order: it answers from recorded
// rows (the database-free tier) or passes each query on to a real runner (the API benchmark).
import type { Row } from '../../server/neo4j/gateway';
import type {
  NamedQuery,
  ParamsArg,
  QueryParams,
  QueryRunner,
} from '../../server/neo4j/query-runner';

/** One query as a service sent it. */
export interface RecordedCall {
  readonly query: NamedQuery;
  readonly params: QueryParams[NamedQuery] | Record<string, never>;
}

/**
 * Rows to answer with, by query name: the n-th call of a query gets the n-th list, the last one
 * again after that; a query with no rows listed answers `[]`.
 */
export type RecordedRows = { readonly [N in NamedQuery]?: readonly (readonly Row[])[] };

/** Records the queries sent through it; answers from `rows`, or from `inner` when given. */
export class RecordingRunner implements QueryRunner {
  readonly calls: RecordedCall[] = [];
  readonly database: string;
  private readonly seen = new Map<NamedQuery, number>();

  constructor(
    private readonly answers: { readonly rows?: RecordedRows; readonly inner?: QueryRunner } = {},
  ) {
    this.database = answers.inner?.database ?? 'neo4j';
  }

  /** Records the call, then answers: a deep copy of the recorded rows, or the inner runner's. */
  async run<N extends NamedQuery>(name: N, ...params: ParamsArg<N>): Promise<Row[]> {
    const given = params[0];
    this.calls.push({ query: name, params: structuredClone(given ?? {}) });
    if (this.answers.inner) return this.answers.inner.run(name, ...params);
    const count = this.seen.get(name) ?? 0;
    this.seen.set(name, count + 1);
    const lists = this.answers.rows?.[name] ?? [];
    const rows = lists[Math.min(count, lists.length - 1)] ?? [];
    return structuredClone(rows) as Row[];
  }

  /** Runs `work` with this runner as its transaction (recorded like any other call). */
  async transaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const inner = this.answers.inner;
    if (!inner?.transaction) return work(this);
    return inner.transaction((tx) =>
      work({
        database: tx.database,
        run: <N extends NamedQuery>(name: N, ...params: ParamsArg<N>): Promise<Row[]> => {
          this.calls.push({ query: name, params: structuredClone(params[0] ?? {}) });
          return tx.run(name, ...params);
        },
      }),
    );
  }

  /** The calls so far, then forgets them (one request's queries at a time). */
  take(): RecordedCall[] {
    const calls = this.calls.splice(0);
    this.seen.clear();
    return calls;
  }
}
