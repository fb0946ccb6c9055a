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
}
