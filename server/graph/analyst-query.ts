// Read-only Cypher for analysts, guarded in layers (Neo4j Community has no roles: the app guards):
// 1. text rules (analyst-rules.ts): a fast first filter, run on the request thread;
// 2. the plan check (analyst-plan.ts), the authority: EXPLAIN, then an allowlist of operators;
// 3. a read transaction with a server-side timeout, streamed within bounds of rows, bytes and
//    list items. Steps 2 and 3 run in an analyst worker (analyst-pool.ts), off the main thread.
import neo4j from 'neo4j-driver';
import type { CypherAnswer } from '../domain/api';
import { InvalidInputError, QueryRefusedError } from '../errors';
import type { BoundedRows, Neo4jGateway, Row } from '../neo4j/gateway';
import { checkPlan } from './analyst-plan';

/** How a planning failure's message starts (its positions count the EXPLAIN in front). */
export const PLAN_FAILED = 'The query could not be planned';

/** Largest answer, in bytes of JSON (rows beyond it are left out and the answer says so). */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/** Most items kept of any one list in an answer. */
export const MAX_LIST_ITEMS = 10000;

/** One analyst query, its text already through the text rules. */
export interface AnalystJob {
  readonly statement: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly limit: number;
  readonly timeoutMs: number;
}

/**
 * The answer of `POST /api/cypher` (the wire shape `CypherAnswer`), its rows as the gateway's
 * plain values; `note` says which bound cut it (e.g. "truncated at 1 MB").
 */
export type AnalystResult = Omit<CypherAnswer, 'rows'> & { readonly rows: readonly Row[] };

/** Words for the bound that cut an answer. */
export function truncationNote(cut: BoundedRows['cut'], limit: number): string | undefined {
  switch (cut) {
    case 'rows':
      return `truncated at ${limit} rows`;
    case 'bytes':
      return `truncated at ${MAX_ANSWER_BYTES / (1024 * 1024)} MB`;
    case 'list':
      return `lists truncated at ${MAX_LIST_ITEMS} items`;
    default:
      return undefined;
  }
}

/**
 * Plans the statement (EXPLAIN), refuses it unless the plan check passes (403), then runs it
 * within the bounds. Neo4j's errors that are the query's fault become 400 (403 for security).
 */
export async function runCheckedQuery(
  gateway: Neo4jGateway,
  job: AnalystJob,
): Promise<AnalystResult> {
  const values = withIntegers(job.params) as Record<string, unknown>;
  let plan;
  try {
    plan = await gateway.explain(job.statement, values);
  } catch (error) {
    throw clientFault(error, PLAN_FAILED);
  }
  checkPlan(plan);
  try {
    const { columns, rows, cut } = await gateway.readBounded(job.statement, values, {
      maxRows: job.limit,
      maxBytes: MAX_ANSWER_BYTES,
      maxListItems: MAX_LIST_ITEMS,
      timeoutMs: job.timeoutMs,
    });
    const note = truncationNote(cut, job.limit);
    return { columns, rows, truncated: cut !== null, ...(note ? { note } : {}) };
  } catch (error) {
    throw clientFault(error, 'The query failed');
  }
}

/** JSON has one number type; whole numbers go to Cypher as integers (LIMIT $n, ranges). */
export function withIntegers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(withIntegers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIntegers(v)]));
  }
  return value;
}

/**
 * Neo4j's errors that are the query's fault: client errors are 400 (403 for security), and so
 * are statement failures Neo4j files as database errors (e.g. shortestPath from a node to
 * itself) and a query's memory running out. Timeouts and unavailability keep their 503.
 */
export function clientFault(error: unknown, what: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const message = (error as Error).message;
  if (/TransactionTimedOut/.test(code)) return error;
  if (code.startsWith('Neo.ClientError.Security'))
    return new QueryRefusedError(`Refused: ${message}`);
  if (
    code.startsWith('Neo.ClientError.') ||
    code.startsWith('Neo.DatabaseError.Statement.') ||
    /OutOfMemory/.test(code)
  ) {
    return new InvalidInputError(`${what}: ${message}`, [{ path: 'body.query', message }]);
  }
  return error;
}
