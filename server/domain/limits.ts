// Every size limit of the product, in one table read by the server, the explorer and the embeds.
// Pure: no Node, no DOM. A unit test (tests/unit/server/domain/limits.test.ts) fails when code
// writes one of these numbers itself instead of reading it here.

/** The limits, by what they bound. Counts are of entities (nodes) or facts (relationships). */
export const LIMITS = {
  /** Entity ids in one request (`/api/neighbourhood`, `/api/export`): a request never grows with the view. */
  idsPerRequest: 20,
  /** Entities whose neighbourhoods one view keeps open (the explorer's `expanded`). */
  expandedPerView: 200,
  /** Entity ids one embed lists (focus or hidden); an embed URL stays short enough to paste. */
  embedIds: 50,
  /** Characters of an embed's own title and caption (the producer's words, `title=`, `caption=`). */
  embedTitleChars: 140,
  embedCaptionChars: 500,
  /** Entities an embed draws (SVG). */
  embedEntities: 1500,
  /** Entities in one neighbourhood answer: the API's default, what the explorer and embeds ask, the most. */
  neighbourhoodDefault: 200,
  neighbourhoodEntities: 500,
  neighbourhoodEntitiesMax: 2000,
  /** Results of one search, at most. */
  searchResults: 50,
  /** Paths in one answer, at most. */
  paths: 50,
  /** Rows an analyst's Cypher query returns, at most, and what the query panel asks for. */
  cypherRows: 5000,
  cypherRowsShown: 500,
  /** Items in one filter list of a query string (`kinds=…`, `types=…`). */
  filterItems: 50,
  /** Facts a graph may have and still be drawn whole on open; beyond it the overview is drawn. */
  wholeGraphFacts: 5000,
  /** Hubs (best-connected entities) an overview shows, with their strongest links. */
  overviewHubs: 40,
  /** Entities an overview draws at most (hubs included). */
  overviewEntities: 300,
  /** Linked pairs of entities read to find communities (Louvain); beyond it the read is cut and says so. */
  communityPairs: 300000,
  /** Communities drawn as clusters in the communities view (largest first). */
  communities: 36,
  /** Members an expanded community shows (best-connected first). */
  communityMembers: 50,
  /** Entities in the ranked list of the biggest hubs beside the overview. */
  hubList: 20,
  /** Best-connected entities whose labels stay readable (11 px or more) and apart at any zoom. */
  prominentLabels: 20,
  /** Entities beyond which the explorer draws with Canvas and lays out in a worker. */
  largeGraph: 1500,
  /** Characters of the explorer's query string; a longer view is saved and linked by its id. */
  urlChars: 2000,
  /** Characters of a saved view's text. */
  savedViewChars: 20000,
  /** Steps in one story. */
  storySteps: 40,
  /** Characters of a story step's caption (its Markdown subset) and of a story's summary. */
  storyCaptionChars: 2000,
  /** Characters of a name, alias, title or publisher an editor writes (authoring). */
  authoredNameChars: 500,
  /** Characters of an entity's summary an editor writes. */
  authoredSummaryChars: 5000,
  /** Characters of a revision's comment or a rank's reason. */
  authoredCommentChars: 2000,
  /** Aliases of one entity an editor writes. */
  authoredAliases: 200,
  /** Characters of an article analysed at once (a long feature is ~60,000). */
  articleChars: 200000,
  /** Entities read per full-text query for an article's words (the analysis matches exactly). */
  articleEntitiesPerQuery: 5000,
  /** Citations of one fact an editor writes. */
  authoredCitations: 50,
  /** Characters of a claim key an editor writes. */
  authoredClaimChars: 200,
  /** Revisions in one history answer, at most. */
  revisionsPerAnswer: 500,
  /** Merge candidates in one answer: the most, the default, what the details panel asks. */
  mergeCandidates: 500,
  mergeCandidatesDefault: 50,
  mergeCandidatesShown: 23,
  /** Entities sharing one name, alias or id beyond which it suggests no pairs (a common word). */
  mergeCandidateGroup: 24,
  /** Characters in a merge's or undo's comment. */
  mergeComment: 2000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A limit in words for the status line: "at most 200 expanded entities". */
export function overLimitMessage(what: string, limit: number, have: number): string {
  return `This view has ${have.toLocaleString('en')} ${what}; it keeps at most ${limit.toLocaleString('en')}.`;
}
