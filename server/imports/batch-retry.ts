// A batch of an import that met a transient Neo4j error (a connection not had in time on a busy
// machine, a deadlock, a leader switch) is written again: batches MERGE on constrained ids, so a
// second try gives the same graph. Only an error that outlasts the start-up budget ends the import.
import { retryTransient } from '../neo4j/retry';

/** What a batch retry needs of the gateway: its NEO4J_READY_TIMEOUT_MS budget, in ms. */
export interface RetryBudget {
  readonly readyTimeoutMs: number;
}

/**
 * Runs `work` (one batch's write transaction) and, on a transient error as
 * `isTransientNeo4jError` classifies it (Neo4j's TransientError class, a broken or refused
 * connection, a terminated transaction), runs it again after 250 ms, 500 ms, ... (at most 5 s)
 * until `budget.readyTimeoutMs` has passed since the first try. `onRetry` hears each retry.
 * Errors: a non-transient error at once; ReadyTimeoutError (naming NEO4J_READY_TIMEOUT_MS) when
 * the budget is spent.
 */
export function retryBatch<T>(
  budget: RetryBudget,
  what: string,
  work: () => Promise<T>,
  onRetry?: (attempt: number, error: unknown) => void,
): Promise<T> {
  return retryTransient(() => work(), {
    deadline: Date.now() + budget.readyTimeoutMs,
    budgetMs: budget.readyTimeoutMs,
    what,
    ...(onRetry ? { onRetry } : {}),
  });
}
