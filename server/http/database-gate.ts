// While the embedded Neo4j restarts: quick 503s with Retry-After instead of waits or 500s.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, DatabaseUnavailableError } from '../errors';
import type { DatabaseStatus } from '../neo4j/supervisor';

/** Paths under /api that answer without the database. */
const OPEN_PATHS = new Set(['/health', '/openapi.json', '/docs', '/docs.css']);

function unavailable(status: DatabaseStatus): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    status.state() === 'down'
      ? 'The database has stopped and could not be restarted'
      : 'The database is restarting; retry shortly',
  );
}

/** Refuses requests that need the database while it is not up (503, Retry-After). */
export function databaseGate(status: DatabaseStatus): RequestHandler {
  return (req, _res, next) => {
    if (status.state() === 'up' || OPEN_PATHS.has(req.path)) {
      next();
      return;
    }
    next(unavailable(status));
  };
}

/**
 * An untyped error raised while the database is not up (a connection torn by the JVM's death)
 * is that outage, not a fault of the server: it becomes the same 503.
 */
export function outageErrors(status: DatabaseStatus): ErrorRequestHandler {
  return (error: unknown, _req, _res, next) => {
    next(status.state() !== 'up' && !(error instanceof AppError) ? unavailable(status) : error);
  };
}
