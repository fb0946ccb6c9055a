// Shapes of the API's answers, shared by server and client (the client imports types only).
import type { GraphEdge, SerializedGraph, Source, Citation, Entity } from './model';
import type { FactTime, IntervalState, TimePoint } from './time';
import type { EntityKind, FactType } from './vocabulary';

export interface SearchHit {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly score: number;
}

export interface EntityFact {
  readonly fact: GraphEdge;
  readonly direction: 'out' | 'in';
  readonly other: { readonly id: string; readonly name: string; readonly kind: string };
  readonly sentence: string;
  /** Facts about the same claim whose time or attributes disagree with this one. */
  readonly conflictsWith: readonly string[];
}

export interface EntityDetails {
  readonly entity: Entity;
  readonly facts: readonly EntityFact[];
  readonly sources: Readonly<Record<string, Source>>;
}

export interface ExplainedPath {
  /** Entity ids from `from` to `to`. */
  readonly nodes: readonly string[];
  /** Fact ids, one per hop. */
  readonly edges: readonly string[];
  readonly sentences: readonly string[];
  readonly explanation: string;
}

export interface PathsAnswer {
  readonly paths: readonly ExplainedPath[];
  readonly graph: SerializedGraph;
}

export interface TimelineEvent {
  /** Unique per event: the fact id, with `:start` or `:end` for the ends of a state. */
  readonly id: string;
  readonly fact: string;
  /** `at` for an event fact; `start` or `end` for a state fact's boundaries. */
  readonly role: 'at' | 'start' | 'end';
  readonly type: FactType;
  readonly subject: string;
  readonly object: string;
  readonly time: TimePoint;
  /** First and last day the event may fall on. */
  readonly earliest: string;
  readonly latest: string;
  /** The time in words at its own precision: "April 2016", "between 11 and 20 April 2016". */
  readonly when: string;
  readonly sentence: string;
  readonly claim?: string;
  readonly sources: readonly Citation[];
}

export interface Timeline {
  readonly events: readonly TimelineEvent[];
  readonly entities: Readonly<Record<string, string>>;
  readonly sources: Readonly<Record<string, Source>>;
}

export interface SnapshotState {
  readonly claim: string;
  readonly type: string;
  readonly subject: string;
  readonly object: string;
  readonly state: IntervalState;
  /** The claim's facts combined: a boundary one source leaves unknown filled from another. */
  readonly time: FactTime;
  readonly facts: readonly string[];
}

export interface Snapshot {
  readonly date: string;
  /** State facts surely in force on the day. */
  readonly active: readonly SnapshotState[];
  /** State facts whose start or end is too vague to say. */
  readonly uncertain: readonly SnapshotState[];
  /** The entities and facts in force (active and uncertain). */
  readonly graph: SerializedGraph;
}

/** Where an import job is: waiting, checking the files, writing, or ended. */
export type ImportPhase = 'queued' | 'validating' | 'writing' | 'done' | 'failed';

export interface ImportProgress {
  readonly phase: ImportPhase;
  /** Rows (lines, records) read so far in this phase. */
  readonly rows: number;
  /** Bytes read so far in this phase, of `totalBytes`. */
  readonly bytes: number;
  readonly totalBytes: number;
  /** Entities and facts written so far. */
  readonly written: number;
}

/** A problem in an imported file: where (file, line, column, field) and what. */
export interface ImportProblem {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly field?: string;
  readonly message: string;
}

export interface ImportJob {
  readonly id: string;
  readonly format: string;
  readonly files: readonly string[];
  readonly phase: ImportPhase;
  readonly progress: ImportProgress;
  readonly createdAt: string;
  readonly finishedAt?: string;
  readonly summary?: {
    readonly entities: number;
    readonly facts: number;
    readonly skipped: number;
    /** Entities already known from other files, by file: merged, their facts kept. */
    readonly merged: readonly { readonly file: string; readonly entities: number }[];
  };
  /** The first problems found (at most 100); `problemCount` says how many in all. */
  readonly problems: readonly ImportProblem[];
  readonly problemCount?: number;
  readonly message?: string;
  /** True for an import that began writing and never ended (the app or the importer was stopped). */
  readonly interrupted?: boolean;
}

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
