// Shapes of the API's answers, shared by server and client (the client imports types only).
// The shapes are defined once, as zod schemas in `wire/`; these are their types.
export type {
  ChangeItem,
  Changes,
  CypherAnswer,
  EntityDetails,
  EntityFact,
  ExplainedPath,
  PathsAnswer,
  SavedView,
  SchemaAnswer,
  SearchAnswer,
  SearchHit,
  Snapshot,
  SnapshotState,
  Timeline,
  TimelineEvent,
} from './wire/answers';
export type { Health, ProblemDetails, Readiness } from './wire/health';
export type {
  ImportJob,
  ImportPhase,
  ImportProblem,
  ImportProgress,
  ImportsInfo,
} from './wire/imports';

/**
 * How a recorded import stands: `running` in this app now; `interrupted` when it began writing
 * and never ended (the app or the importer was stopped, or it still runs in another process);
 * `completed` by a later run of the same files; `undone` once its facts were removed.
 */
export type ImportStatus =
  'running' | 'interrupted' | 'finished' | 'failed' | 'completed' | 'undone';

/** One recorded import (from the CLI or the app), as `GET /api/import-records` lists it. */
export interface ImportRecordSummary {
  readonly id: string;
  readonly dataset: string;
  readonly format: string;
  /** The files' names as recorded (provenance), in the order given. */
  readonly files: readonly string[];
  /** The Source id of each file: the facts it wrote cite these. */
  readonly sourceIds: readonly string[];
  /** ISO 8601 date-times. */
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly status: ImportStatus;
  /** Entities and facts written (so far, for one that did not finish). */
  readonly rowsWritten: number;
  readonly message: string | null;
  /** The import that completed this one, when `completed`. */
  readonly completedBy: string | null;
}

/** What undoing an import removed. */
export interface ImportUndone {
  readonly id: string;
  readonly facts: number;
  readonly entities: number;
}
