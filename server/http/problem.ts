// One error middleware: typed errors become application/problem+json; no stack traces leave.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  AppError,
  InvalidInputError,
  RevisionConflictError,
  UnauthorizedError,
  UnprocessableError,
} from '../errors';
import type { ProblemDetails } from '../domain/api';
import { mapNeo4jError } from '../neo4j/gateway';

/** An RFC 9457 problem document, as the wire schema `problem` defines it. */
export type ProblemBody = ProblemDetails;

function send(res: Parameters<RequestHandler>[1], body: ProblemBody): void {
  res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

/** Answers routes that do not exist under /api with a 404 problem. */
export const notFound: RequestHandler = (req, res) => {
  send(res, {
    type: 'about:blank#not-found',
    title: 'Not Found',
    status: 404,
    detail: `No route for ${req.method} ${req.path}`,
  });
};

/**
 * The one error middleware: typed errors, mapped driver errors and the parsers' 4xx become
 * problem+json; anything else is logged and answered as a 500 that names no internals.
 */
export const problemHandler: ErrorRequestHandler = (raw: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(raw);
    return;
  }
  const error = mapNeo4jError(raw);
  if (error instanceof AppError) {
    if ('retryAfterSeconds' in error) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    if (error instanceof UnauthorizedError) res.setHeader('WWW-Authenticate', 'Bearer');
    send(res, {
      type: `about:blank#${error.kind}`,
      title: error.name,
      status: error.status,
      detail: error.message,
      ...((error instanceof InvalidInputError || error instanceof UnprocessableError) &&
      error.details.length > 0
        ? { errors: error.details }
        : {}),
      ...(error instanceof RevisionConflictError
        ? { current: error.current, yours: error.yours }
        : {}),
    });
    return;
  }
  const status = (raw as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Errors from express's own parsers (oversize body, bad JSON): the client's fault.
    send(res, {
      type: 'about:blank',
      title: 'Bad Request',
      status,
      detail: (raw as Error).message,
    });
    return;
  }
  console.error(raw);
  send(res, { type: 'about:blank#internal', title: 'Internal Server Error', status: 500 });
};
