// The importers' shapes: what a caller asks for, what it gets back, and what readers yield.
import type { ImportJob, ImportProblem, ImportProgress } from '../domain/api';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import type { AnyImportRequest } from './by-format';
import type { AttributeValue, Citation, Source } from '../domain/model';
import type { SaidBy } from '../domain/said-by';
import type { FactTime } from '../domain/time';
import type { EntityKind, TimeShape } from '../domain/vocabulary';

/** neo4j-admin import's CSV files: node files and relationship files with typed headers. */
export interface CsvRequest {
  readonly format: 'csv';
  /** Node inputs; `header.csv,part1.csv,part2.csv` is one input with a separate header file. */
  readonly nodes: readonly string[];
  /** Relationship inputs, written like `nodes`. */
  readonly relationships: readonly string[];
  /** Field delimiter (default `,`), as neo4j-admin's `--delimiter`. */
  readonly delimiter?: string;
  /** Array item delimiter (default `;`), as neo4j-admin's `--array-delimiter`. */
  readonly arrayDelimiter?: string;
  /** Quote character (default `"`), as neo4j-admin's `--quote`. */
  readonly quote?: string;
}

/** One CSV of edges whose columns are named on the command line or in the form. */
export interface EdgesRequest {
  readonly format: 'edges';
  readonly file: string;
  /** Column holding the subject's id. */
  readonly source: string;
  /** Column holding the object's id. */
  readonly target: string;
  /** One fact type for every row (free text, made a type name). */
  readonly type?: string;
  /** Column holding each row's fact type (free text, made a type name). */
  readonly typeColumn?: string;
  /** Column holding the date the fact happened (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly date?: string;
  readonly delimiter?: string;
  /** Column holding the subject's name (else the id is its name). */
  readonly sourceName?: string;
  /** Column holding the object's name. */
  readonly targetName?: string;
  /** A column holding the subject's type (made a kind), or one kind for every subject. */
  readonly sourceKind?: string;
  /** A column holding the object's type (made a kind), or one kind for every object. */
  readonly targetKind?: string;
  /** Columns that describe the subject: stored on the entity, not the fact. */
  readonly sourceAttributes?: readonly string[];
  /** Columns that describe the object: stored on the entity, not the fact. */
  readonly targetAttributes?: readonly string[];
  /** Columns left out of the import. */
  readonly ignore?: readonly string[];
}

/** Tab-separated `subject predicate object` lines, with optional label files (CoDEx's). */
export interface TriplesRequest {
  readonly format: 'triples';
  readonly triples: readonly string[];
  /** JSON: `{ "P27": { "label": "country of citizenship" } }`. */
  readonly relations?: string;
  /** JSON: `{ "Q42": ["Q5"] }`, an entity's types. */
  readonly entityTypes?: string;
  /** JSON: `{ "Q5": { "label": "human" } }`, the types' names. */
  readonly typeNames?: string;
}

/** FollowTheMoney entities as JSON lines (Aleph, OpenSanctions). */
export interface FtmRequest {
  readonly format: 'ftm';
  readonly entities: readonly string[];
}

/** Beneficial Ownership Data Standard statements (BODS 0.2, 0.3, 0.4): JSON or JSON lines. */
export interface BodsRequest {
  readonly format: 'bods';
  readonly statements: readonly string[];
}

/** A request of any format defined in by-format/ (their list is the one place formats are named). */
export type ImportRequest = AnyImportRequest;
export type ImportFormat = ImportRequest['format'];

/** An importer's progress (the wire `ImportProgress`) in one of its two running phases. */
export type ImportProgressReport = Omit<ImportProgress, 'phase'> & {
  readonly phase: 'validating' | 'writing';
};

export interface ImportOptions {
  /** Skip bad rows (reported in `reportFile`) instead of refusing the whole import. */
  readonly skipBad?: boolean;
  /** With `skipBad`: how many bad rows are tolerated before the import is refused (1000). */
  readonly badTolerance?: number;
  /** Where skipped rows are reported, one line each (like neo4j-admin's bad.log). */
  readonly reportFile?: string;
  /** Rows per `UNWIND` batch and transaction (5000). */
  readonly batchSize?: number;
  /**
   * Batches whose facts are written at once, each its own transaction (2: one commits while the
   * next is written; batch-schedule.ts says what may run side by side).
   */
  readonly concurrency?: number;
  readonly onProgress?: (progress: ImportProgressReport) => void;
  /** The name recorded as provenance for a file (the upload's own name, not a temp path). */
  readonly fileLabel?: (path: string) => string;
  /** Who published the data: the dataset sources' publisher and the fact types' source. */
  readonly dataset?: string;
  /** The id of this import's record in Neo4j (an (:Import) node); random when not given. */
  readonly importId?: string;
  /** Told lines a person should read before the outcome (an import being completed). */
  readonly onNotice?: (line: string) => void;
  /**
   * The registry of the app that imports (its `FactTypeRegistry`): it learns the import's fact
   * types before facts are written. Without it (the CLI), only the database holds them.
   */
  readonly factTypes?: FactTypeRegistry;
}

/** Entities an import met that another file or dataset wrote first: merged, not overwritten. */
export type MergedEntities = NonNullable<ImportJob['summary']>['merged'][number];

export interface ImportResult {
  readonly ok: boolean;
  readonly entities: number;
  readonly facts: number;
  readonly skipped: number;
  /** Entities already known from other files, by file (empty when there were none). */
  readonly merged?: readonly MergedEntities[];
  readonly problems: ImportProblem[];
  readonly message: string;
}

/** An entity as a reader produces it, before it is written. */
export interface EntityDraft {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary?: string;
  /** The source's own type for it ("human", "Company"). */
  readonly sourceType?: string;
  /** The id in the file when it could not be used as is. */
  readonly originalId?: string;
  /** Further properties (user attributes), stored on the node under their stored names. */
  readonly extra: Readonly<Record<string, AttributeValue>>;
  /** Names in `extra` whose values are whole numbers, stored as Neo4j INTEGER. */
  readonly integers?: readonly string[];
  /** Labels the file gives beyond the kind (neo4j-admin `:LABEL`), each a checked name. */
  readonly labels?: readonly string[];
  /**
   * An implied entity the file describes (an edge list's mapped name or attributes): when it
   * is met again, its other names become aliases and its attributes are added.
   */
  readonly described?: boolean;
  /** What other sources said of it (the product's own export carries it: `saidBy` column). */
  readonly saidBy?: SaidBy;
}

/** A fact type as a reader describes it; registered before facts are written. */
export interface FactTypeDraft {
  readonly name: string;
  readonly label: string;
  readonly verb: string;
  readonly shape: TimeShape;
}

/** A fact as a reader produces it; ids, citations and provenance are added when written. */
export interface FactDraft {
  readonly type: FactTypeDraft;
  readonly subject: string;
  readonly object: string;
  readonly time: FactTime;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** Names in `attributes` whose values are whole numbers, stored as Neo4j INTEGER. */
  readonly integers?: readonly string[];
  /** The claim key, when the file carries one (the product's own export does). */
  readonly claim?: string;
  /**
   * True when the claim names one fact whichever file states it (a BODS record's interest):
   * the fact's id comes from the claim and its ends, not from the file, so a later file's
   * statement of it updates the stored fact, and the version it replaces is kept as a revision.
   */
  readonly claimAcrossFiles?: boolean;
  /** The file's own citations (the product's own export); else the fact cites the file. */
  readonly sources?: readonly Citation[];
  /**
   * What the fact's citation of its file says beyond the file (BODS: the statement id as
   * `note`, the publisher as `via`); ignored when `sources` is given.
   */
  readonly citation?: Pick<Citation, 'note' | 'via'>;
  /** The file's own id for the fact, if it has one (FtM's entity id, a CSV `id` column). */
  readonly key?: string;
  /** True when both ends must already exist (in the files or the database). */
  readonly needsEnds: boolean;
  /** Entities the fact implies (triples, edge lists): created when missing, else left alone. */
  readonly implied: readonly EntityDraft[];
  /** Where each end came from, for reference problems: field names, and columns if known. */
  readonly endFields: readonly [string, string];
  readonly endColumns?: readonly [number, number];
}

/** What a reader yields for each record: an entity, a fact, or a problem with the record. */
export type ReadItem =
  | { readonly kind: 'entity'; readonly line: number; readonly entity: EntityDraft }
  | { readonly kind: 'fact'; readonly line: number; readonly fact: FactDraft }
  /** A Source node (the product's own CSV export carries them): written before the facts. */
  | { readonly kind: 'source'; readonly line: number; readonly source: Source }
  | {
      readonly kind: 'problem';
      readonly line: number;
      /** `entity` and `fact` problems belong to one sweep; `record` ones to the first. */
      readonly scope: 'entity' | 'fact' | 'record';
      /** A problem with the whole file (its header): no row of it can be read. */
      readonly fatal?: boolean;
      readonly problem: ImportProblem;
    };

/** One input file as the importer sees it. */
export interface InputFile {
  readonly path: string;
  /** Display name recorded as provenance and used in problems. */
  readonly label: string;
  readonly bytes: number;
  /** What the file holds: entities, facts, or both (read once for each). */
  readonly holds: 'entities' | 'facts' | 'mixed';
  /** A separate header file (neo4j-admin's `header.csv,part.csv`): this file has no header. */
  readonly header?: string;
}

/** Counts the bytes a reader has consumed, for progress. */
export type ByteCounter = (bytes: number) => void;

/** A format: its files and how to read one of them. */
export interface FormatReader {
  readonly files: readonly InputFile[];
  read(file: InputFile, onBytes: ByteCounter): AsyncGenerator<ReadItem>;
}
