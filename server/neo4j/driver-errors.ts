// Neo4j driver errors as the server's typed errors (503 unavailable, 504 timed out).
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';

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
