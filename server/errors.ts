// The server's typed errors: each maps to one HTTP status and problem type in one place.

/** Base of every error the server raises on purpose; `name` identifies the kind in tests. */
export abstract class AppError extends Error {
  abstract readonly status: number;
  /** Short machine-readable kind, used as the problem type's last path segment. */
  abstract readonly kind: string;
}

/** Bad input from a client: a field, a parameter, a file. */
export class InvalidInputError extends AppError {
  override readonly name = 'InvalidInputError';
  readonly status = 400;
  readonly kind = 'invalid-input';
  constructor(
    message: string,
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** The entity, view or job asked for does not exist: 404. */
export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  readonly status = 404;
  readonly kind = 'not-found';
}

/** An analyst query that is not read-only or uses something the app does not allow. */
export class QueryRefusedError extends AppError {
  override readonly name = 'QueryRefusedError';
  readonly status = 403;
  readonly kind = 'query-refused';
}

/** Too many requests from one client. */
export class RateLimitedError extends AppError {
  override readonly name = 'RateLimitedError';
  readonly status = 429;
  readonly kind = 'rate-limited';
  readonly retryAfterSeconds = 60;
}

/** A request body of the wrong media type. */
export class UnsupportedMediaTypeError extends AppError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly status = 415;
  readonly kind = 'unsupported-media-type';
}

/** A request body, file or form beyond the configured limits. */
export class PayloadTooLargeError extends AppError {
  override readonly name = 'PayloadTooLargeError';
  readonly status = 413;
  readonly kind = 'payload-too-large';
}

/** A request that needs a token (`Authorization: Bearer …`) and came without the right one. */
export class UnauthorizedError extends AppError {
  override readonly name = 'UnauthorizedError';
  readonly status = 401;
  readonly kind = 'unauthorized';
}

/** A request that clashes with what the server is doing (e.g. undoing an import still running). */
export class ConflictError extends AppError {
  override readonly name = 'ConflictError';
  readonly status = 409;
  readonly kind = 'conflict';
}

/** A feature the server was started without (e.g. imports with no EDITOR_TOKEN). */
export class FeatureOffError extends AppError {
  override readonly name = 'FeatureOffError';
  readonly status = 403;
  readonly kind = 'feature-off';
}

/** Neo4j cannot be reached or is not ready; clients may retry. */
export class DatabaseUnavailableError extends AppError {
  override readonly name = 'DatabaseUnavailableError';
  readonly status = 503;
  readonly kind = 'database-unavailable';
  readonly retryAfterSeconds = 5;
}

/** A query ran past its time limit. */
export class QueryTimeoutError extends AppError {
  override readonly name = 'QueryTimeoutError';
  readonly status = 503;
  readonly kind = 'query-timeout';
  readonly retryAfterSeconds = 5;
}

/** Configuration that cannot work: names the variable and the way out. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The embedded Neo4j could not start; `cause` says why, the message says what to do. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Start-up work (waiting for Neo4j, the schema) did not succeed within NEO4J_READY_TIMEOUT_MS;
 * the message names that setting. A 503 if it ever reaches a request.
 */
export class ReadyTimeoutError extends AppError {
  override readonly name = 'ReadyTimeoutError';
  readonly status = 503;
  readonly kind = 'database-unavailable';
  readonly retryAfterSeconds = 5;
}

/**
 * A write the server understood but refuses (RFC 9110 422): a fact without a citation, a
 * statement without its quoted span. `details` name each missing field (`sources[0].span`).
 */
export class UnprocessableError extends AppError {
  override readonly name = 'UnprocessableError';
  readonly status = 422;
  readonly kind = 'unprocessable';
  constructor(
    message: string,
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/**
 * A write from a stale revision (optimistic concurrency): 409 with the stored record
 * (`current`) and what was sent (`yours`), so the client shows both and nothing is overwritten.
 */
export class RevisionConflictError extends AppError {
  override readonly name = 'RevisionConflictError';
  readonly status = 409;
  readonly kind = 'revision-conflict';
  constructor(
    message: string,
    readonly current: unknown,
    readonly yours: unknown,
  ) {
    super(message);
  }
}
