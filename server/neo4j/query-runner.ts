// The seam under the services: named queries (cypher/NAME.cypher) with typed parameters, run by
// intent. The gateway implements it against Neo4j; tests and the benchmark record through it.
import type { Row } from './gateway-types';

type Ids = readonly string[];
/** A filter list the Cypher files take: null where not filtered. */
type Filter = readonly string[] | null;
/** A date bound (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), null where not bounded. */
type Bound = string | null;
type None = Record<string, never>;

/** The parameters of each query the services run, by the file's name (`$name` in the file). */
export interface QueryParams {
  /** `RETURN 1`: the database answers. */
  ping: None;
  counts: None;
  checksum: None;
  'graph-entities': None;
  'graph-facts': None;
  'graph-sources': None;
  'schema-stats': None;
  'fact-types': None;
  'constraint-names': None;
  search: { query: string; id: string; limit: number; kinds: Filter };
  /** Entities whose names or aliases hold any of an article's words (a Lucene OR of words). */
  'article-entities': { query: string; limit: number };
  'entities-by-id': { ids: Ids };
  'sources-by-id': { ids: Ids };
  /** An entity, its facts with the other parties, and the sources they list: one row or none. */
  'entity-page': { id: string };
  expand: { frontier: Ids; kinds: Filter; types: Filter; from: Bound; to: Bound; limit: number };
  /** "As known on" reads: `before` is the first instant after the day (ISO 8601, UTC). */
  'known-revisions': { before: string };
  /** One hop's facts as known: those that touched `frontier` then, and `factIds` read now. */
  'known-fact-revisions': { frontier: Ids; factIds: Ids; before: string };
  'known-entity-revisions': { ids: Ids; before: string };
  'known-expand': QueryParams['expand'] & { before: string };
  'known-entities-by-id': { ids: Ids; before: string };
  'known-graph-entities': { before: string };
  'known-graph-facts': { before: string };
  /** Merges (server/merging/): reads, the one-statement writes, redirects and candidates. */
  'merge-read': { into: string; from: string };
  'merge-apply': {
    mergeId: string;
    into: string;
    from: string;
    editor: string;
    comment: string | null;
    aliases: Ids;
    aliasText: string;
    summary: string | null;
    moved: Ids;
    hidden: Ids;
    offsets: Readonly<Record<string, number>>;
    revisions: readonly MergeRevision[];
    intoBefore: string;
    movedBefore: string;
  };
  'merge-by-id': { id: string };
  'merge-revisions': { merge: string };
  'merge-undo': {
    mergeId: string;
    editor: string;
    comment: string | null;
    revisions: readonly MergeRevision[];
    factRevisions: Readonly<Record<string, number | null>>;
    aliases: Ids | null;
    aliasText: string | null;
    summary: string | null;
    intoRevision: number | null;
  };
  'merge-redirects': { ids: Ids };
  'merged-from': { ids: Ids };
  'merge-candidates': { limit: number };
  'shortest-path': PathParams;
  'shortest-paths': PathParams;
  'dated-facts': { entity: string | null; types: Filter };
  'state-facts': { types: Ids };
  'overview-entities': { limit: number };
  'overview-links': { hubs: Ids; perHub: number };
  'community-pairs': { limit: number };
  'facts-among': { ids: Ids; limit: number };
  'save-view': { id: string; query: string };
  'read-view': { id: string };
  /** A story's words and steps (`steps`: JSON text of the wire steps). */
  'story-create': StoryParams;
  'story-read': { id: string };
  'story-update': StoryParams & { revision: number | null };
  /** `published`: JSON text of the wire publication (steps and their pinned data). */
  'story-publish': { id: string; revision: number; published: string };
  'import-record': { id: string };
  'import-records-list': { limit: number };
  'import-undo-facts': { sourceIds: Ids; limit: number };
  'import-undo-entities': { id: string; files: Ids; sourceIds: Ids; undoneAt: string };
  /** Takes the next revision seq (and the counter's lock) with the transaction's time. */
  'revision-next': None;
  'revision-create': RevisionEnds & {
    seq: number;
    at: string;
    editor: string;
    comment: string | null;
    action: string;
    target: string;
    targetId: string;
    before: string | null;
    after: string | null;
    file: string | null;
    revertOf: number | null;
  };
  'revisions-of': { target: string; targetIds: Ids; limit: number };
  'revision-by-seq': { seq: number };
  'author-entity-write': {
    id: string;
    kind: string;
    otherKinds: Ids;
    name: string;
    aliases: Ids;
    aliasText: string;
    summary: string | null;
    seq: number;
  };
  'author-fact-read': { id: string };
  'author-fact-read-other': { id: string; builtIn: Ids };
  'author-fact-write': {
    type: string;
    subject: string;
    object: string;
    props: Readonly<Record<string, unknown>>;
    seq: number;
    recordedAt: string | null;
  };
  'author-fact-delete': { elementId: string };
  'author-source-write': {
    id: string;
    kind: string;
    title: string;
    publisher: string;
    url: string | null;
    published: string;
    author: string | null;
    /** The full text, only when an editor asked to keep it (article panel); else null. */
    text: string | null;
    seq: number;
  };
}

interface StoryParams {
  id: string;
  title: string;
  summary: string;
  author: string;
  steps: string;
}

/** A revision a merge or its undo writes: the wire records as JSON text (null: none). */
interface MergeRevision extends RevisionEnds {
  target: string;
  targetId: string;
  before: string | null;
  after: string | null;
}

/** The ends of the fact a revision's `before` holds (null: no fact before it). */
interface RevisionEnds {
  beforeSubject: string | null;
  beforeObject: string | null;
}

interface PathParams {
  from: string;
  to: string;
  kinds: Filter;
  types: Filter;
  after: Bound;
  before: Bound;
  /** Rows at most (parallel facts multiply paths). */
  limit: number;
}

/** A query the runner can run by name. */
export type NamedQuery = keyof QueryParams;

/** Queries that change the database: run in a write transaction, every other one in a read. */
export const WRITE_QUERIES: ReadonlySet<NamedQuery> = new Set<NamedQuery>([
  'save-view',
  'story-create',
  'story-update',
  'story-publish',
  'import-undo-facts',
  'import-undo-entities',
  'merge-apply',
  'merge-undo',
  'revision-next',
  'revision-create',
  'author-entity-write',
  'author-fact-write',
  'author-fact-delete',
  'author-source-write',
]);

/** The parameters argument of `run`: optional for queries that take none. */
export type ParamsArg<N extends NamedQuery> = QueryParams[N] extends None
  ? [params?: QueryParams[N]]
  : [params: QueryParams[N]];

/**
 * Runs named queries: reads in read transactions, `WRITE_QUERIES` in write transactions; rows
 * come back as plain JSON (`Row`); driver failures arrive as the server's typed errors
 * (DatabaseUnavailableError, QueryTimeoutError). Services take this, never the driver.
 */
export interface QueryRunner {
  /** The Neo4j database the queries run in (`neo4j` by default). */
  readonly database: string;
  /** Runs `cypher/NAME.cypher` with its parameters and returns its rows. */
  run<N extends NamedQuery>(name: N, ...params: ParamsArg<N>): Promise<Row[]>;
  /**
   * Runs `work` in one write transaction: every query it runs through `tx` commits together,
   * or none does (a throw rolls back). Runners that only read leave it out; the authoring
   * service needs it (`transactionOf`).
   */
  transaction?<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
}

/** The runner's `transaction`; throws when the runner has none (a read-only runner). */
export function transactionOf(
  runner: QueryRunner,
): <T>(work: (tx: QueryRunner) => Promise<T>) => Promise<T> {
  const transaction = runner.transaction?.bind(runner);
  if (!transaction) throw new Error('This query runner cannot write in transactions');
  return transaction;
}
