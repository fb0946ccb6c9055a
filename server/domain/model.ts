// The domain model that server and client share: entities, sources, facts and the wire graph.
import type { SaidBy } from './said-by';
import type { FactTime } from './time';
import type { EntityKind, FactType, SourceKind } from './vocabulary';

/** Something the graph is about: a company, brand, organisation, person, place, ... */
export interface Entity {
  /** Stable id, kebab-case: `kering`, `saint-laurent`. */
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Other names it goes by: "Kering Group", "YSL". */
  readonly aliases: readonly string[];
  /** One line saying what it is. */
  readonly summary?: string;
  /** Imported attributes (FtM's `ftm_…` properties, CSV property columns), by their own names. */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** Names in `attributes` stored as Neo4j INTEGER (beyond 2^53 their values are decimal text). */
  readonly integers?: readonly string[];
  /** The source's own type for an imported entity ("human", "Company;Organization"). */
  readonly sourceType?: string;
  /** The id in the imported file when it could not be used as is. */
  readonly originalId?: string;
  /** Labels the entity has beyond `Entity` and its kind (neo4j-admin `:LABEL` values). */
  readonly labels?: readonly string[];
  /** What other files or datasets said of it that is not its own, by file (`said-by.ts`). */
  readonly saidBy?: SaidBy;
}

/** A document that states facts: an article, a report, a press release. */
export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  readonly title: string;
  /** The entity that published it (a Publication, or the company for its own release). */
  readonly publisher: string;
  readonly url?: string;
  /** Publication date, at the precision known: `2016-05` when only the month is known. */
  readonly published: string;
  readonly author?: string;
}

/** Words someone said, attributed to them: a short quotation is itself a fact. */
export interface Quote {
  readonly text: string;
  /** The entity that said it. */
  readonly speaker: string;
}

/** One source's support for a fact, with the quotation it gives, if any. */
export interface Citation {
  readonly source: string;
  /** A publication the source relies on for this fact ("according to a report by ..."). */
  readonly via?: string;
  readonly quote?: Quote;
  /** What this source supports when it covers part of the fact (e.g. only its end). */
  readonly note?: string;
}

export type AttributeValue = string | number | boolean | readonly string[];

/** A typed, dated, sourced statement about two entities: `subject TYPE object`. */
export interface Fact {
  readonly id: string;
  readonly type: FactType;
  readonly subject: string;
  readonly object: string;
  readonly time: FactTime;
  /** Attributes of the fact: membership category, voting rights, amount and currency, ... */
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** Names in `attributes` stored as Neo4j INTEGER (beyond 2^53 their values are decimal text). */
  readonly integers?: readonly string[];
  /**
   * Facts that describe the same real event or claim share this key; when their times or
   * attributes disagree they are conflicting claims, kept side by side.
   */
  readonly claim?: string;
  readonly sources: readonly Citation[];
}

/** The versioned data file: what `data/*.json` holds and the loader reads. */
export interface FactFile {
  readonly type: typeof FACT_FILE_TYPE;
  readonly version: typeof FACT_FILE_VERSION;
  readonly description?: string;
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
}

export const FACT_FILE_TYPE = 'brand-graph/facts';
export const FACT_FILE_VERSION = 1;

/** A node of the wire graph (graphology's serialized format). */
export interface GraphNode {
  readonly key: string;
  readonly attributes: Omit<Entity, 'id'>;
}

/** An edge of the wire graph: one fact. */
export interface GraphEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: Omit<Fact, 'id' | 'subject' | 'object'>;
}

/** A graph on the wire, readable by graphology's `Graph.from` and so by sigma and Gephi Lite. */
export interface SerializedGraph {
  readonly attributes: {
    readonly name?: string;
    /** Every source that a fact in the graph cites, by id. */
    readonly sources: Readonly<Record<string, Source>>;
    /** Set on a neighbourhood or an overview: whether a cap cut it. */
    readonly truncated?: boolean;
    /** Set on an overview of a large graph: how much the whole graph holds. */
    readonly total?: { readonly entities: number; readonly facts: number };
    /** Set on an overview: its hubs (best-connected entities), best first. */
    readonly hubs?: readonly string[];
    /** Set on a snapshot: the day it shows. */
    readonly date?: string;
  };
  readonly options: {
    readonly type: 'directed';
    readonly multi: true;
    readonly allowSelfLoops: false;
  };
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}
