// Start-up work that a busy machine may slow down: retried with backoff inside one deadline.
import { DatabaseUnavailableError, QueryTimeoutError, ReadyTimeoutError } from '../errors';

/** Driver codes of connections that failed or broke; worth another try. */
const CONNECTION_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError']);

/**
 * Whether an error is worth retrying during start-up: Neo4j's TransientError classification
 * (https://neo4j.com/docs/status-codes/current/), a connection that failed, a transaction
 * that was terminated or timed out, or the gateway's typed forms of these.
 */
export function isTransientNeo4jError(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError || error instanceof QueryTimeoutError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    CONNECTION_CODES.has(code) ||
    code.startsWith('Neo.TransientError.') ||
    /Terminated|TimedOut/.test(code)
  );
}

export interface RetryOptions {
  /** Epoch milliseconds after which no new try starts. */
  readonly deadline: number;
  /** What is being done, for the message when it gives up ("Creating the schema"). */
  readonly what: string;
  /** The budget as configured, for that message (NEO4J_READY_TIMEOUT_MS). */
  readonly budgetMs: number;
  /** Which errors to retry; transient Neo4j errors by default. */
  readonly retryable?: (error: unknown) => boolean;
  /** Told before each wait. */
  readonly onRetry?: (attempt: number, error: unknown) => void;
  /** First wait in ms (doubles up to 5 s); 250 by default. */
  readonly firstWaitMs?: number;
}

const MAX_WAIT_MS = 5000;

/**
 * Runs `work(remainingMs)` until it succeeds, waiting 250 ms, 500 ms, ... (at most 5 s) after
 * each retryable error. Throws a non-retryable error at once, and ReadyTimeoutError (naming
 * NEO4J_READY_TIMEOUT_MS) once the deadline has passed.
 */
export async function retryTransient<T>(
  work: (remainingMs: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const retryable = options.retryable ?? isTransientNeo4jError;
  let wait = options.firstWaitMs ?? 250;
  let last: unknown;
  for (let attempt = 1; ; attempt += 1) {
    const remaining = options.deadline - Date.now();
    if (remaining <= 0) break;
    try {
      return await work(remaining);
    } catch (error) {
      if (!retryable(error)) throw error;
      last = error;
      options.onRetry?.(attempt, error);
    }
    const left = options.deadline - Date.now();
    if (left <= 0) break;
    await new Promise((r) => setTimeout(r, Math.min(wait, left)));
    wait = Math.min(wait * 2, MAX_WAIT_MS);
  }
  const reason = last instanceof Error ? last.message : 'no answer';
  throw new ReadyTimeoutError(
    `${options.what} did not succeed within ${options.budgetMs} ms (${reason}). On a busy or ` +
      `slow machine, raise NEO4J_READY_TIMEOUT_MS (now ${options.budgetMs} ms).`,
  );
}
