// The read operations of the OpenAPI document (health, exploring, time, overview, exports,
// analyst Cypher, saved views), in the order the document lists them.
import type { Endpoint } from './endpoint';
import * as input from './query-schemas';

/** The read endpoints (and saving a view), in the order the document lists them. */
export const READ_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness',
    description:
      'The server process answers (always 200); `database` says whether Neo4j is up, restarting ' +
      '(the embedded JVM died and is being restarted), down (restarts exhausted) or unreachable.',
    response: 'Health',
  },
  {
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness',
    description:
      'The database answers; counts of entities, sources and facts. 503 while it does not.',
    response: 'Readiness',
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Search entities',
    description:
      'Full-text search over names and aliases, typo-tolerant and prefix-matching (type-ahead), ranked by score.',
    query: input.searchQuery,
    response: 'SearchResponse',
  },
  {
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'One entity with all its facts',
    description:
      'Each fact with the other party, its time (precision and original wording), attributes, sources with quotations, a plain sentence, and the facts of the same claim that disagree with it. With `known=YYYY-MM-DD`, the entity and its facts as recorded at the end of that day (UTC): records changed, retracted or merged since are shown as they were then, records added since are left out.',
    pathParams: ['id'],
    query: input.knownQuery,
    response: 'EntityResponse',
  },
  {
    method: 'get',
    path: '/api/neighbourhood',
    summary: 'Subgraph around entities',
    description:
      'Breadth-first to depth 1 to 3, filtered by entity kinds, fact types and a date range (undated facts pass a date filter), with a node cap; `attributes.truncated` says whether the cap cut it. `known=YYYY-MM-DD` reads the graph as known on that day (record time).',
    query: input.neighbourhoodQuery,
    response: 'SerializedGraph',
  },
  {
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest paths between two entities',
    description:
      'One shortest path (`mode=shortest`) or all shortest paths (`mode=all`), each explained as plain sentences. `known=YYYY-MM-DD` reads the facts and entities as recorded at the end of that day (UTC, record time).',
    query: input.pathsQuery,
    response: 'PathsResponse',
  },
  {
    method: 'get',
    path: '/api/timeline',
    summary: 'Dated facts as ordered events',
    description:
      "Events in order of what is known (earliest, then latest possible day); a state fact gives a start and an end event. Precision is kept: a month is never shown as its first day. With `entity`, the entity's story. `known=YYYY-MM-DD` reads the facts and entities as recorded at the end of that day (UTC, record time).",
    query: input.timelineQuery,
    response: 'TimelineResponse',
  },
  {
    method: 'get',
    path: '/api/snapshot',
    summary: 'The graph as it stood on a day',
    description:
      'State facts in force (memberships, pending lawsuits, partnerships), claims about one state combined. `known=YYYY-MM-DD` reads the facts and entities as recorded at the end of that day (UTC, record time).',
    query: input.snapshotQuery,
    response: 'SnapshotResponse',
  },
  {
    method: 'get',
    path: '/api/changes',
    summary: 'What changed between two days',
    description:
      'State facts (memberships, lawsuits, partnerships; claims combined) that began or ended after `from` and on or before `to`, each with its date, sources and a sentence; `certain` is false where a vague date may fall outside the range. `known=YYYY-MM-DD` reads the facts and entities as recorded at the end of that day (UTC, record time).',
    query: input.changesQuery,
    response: 'ChangesResponse',
  },
  {
    method: 'get',
    path: '/api/schema',
    summary: 'Entity kinds and fact types with counts',
    description:
      'For legends and filters; every allowed kind and type is listed, with zero counts too.',
    response: 'SchemaResponse',
  },
  {
    method: 'get',
    path: '/api/graph',
    summary: 'The whole graph',
    description:
      "Every entity and fact, in graphology's serialized format. `known=YYYY-MM-DD` gives the graph as known on that day (record time), read whole.",
    query: input.knownQuery,
    response: 'SerializedGraph',
  },
  {
    method: 'get',
    path: '/api/hubs',
    summary: 'The biggest hubs',
    description:
      'The best-connected entities (most facts linking them to other entities), best first, ties by name: the ranked list beside the overview.',
    response: 'HubsResponse',
  },
  {
    method: 'get',
    path: '/api/communities',
    summary: 'Communities of the graph',
    description:
      'Louvain communities (graphology-communities-louvain, seeded: the same graph gives the same communities) over the linked pairs of entities, read up to a limit (`total.truncated` says whether it cut the read); the largest communities, each labelled by its best-connected members, and the facts between them.',
    response: 'CommunitiesResponse',
  },
  {
    method: 'get',
    path: '/api/communities/{community}',
    summary: "A community's members",
    description:
      "The community's best-connected members (up to a limit; `attributes.truncated` when it has more, `attributes.total` its size and facts) and the facts among them. 404 when the graph has no such community.",
    pathParams: ['community'],
    response: 'SerializedGraph',
  },
  {
    method: 'get',
    path: '/api/export',
    summary: 'Export the graph or a neighbourhood',
    description:
      "JSON (graphology), GraphML (Gephi, yEd), CSV in neo4j-admin import's header format (nodes with sources, relationships with publisher links; INTEGER columns `:long`; formula-like text cells neutralised; the array delimiter in the `X-Array-Delimiter` header), or a Cypher script that recreates it (MERGE on ids: running it again changes nothing). Every format carries imported attributes. With `ids`, exports that neighbourhood; with `known=YYYY-MM-DD`, the graph as known on that day.",
    query: input.exportQuery,
    response: {
      mediaTypes: ['application/json', 'application/graphml+xml', 'text/csv', 'text/plain'],
    },
  },
  {
    method: 'post',
    path: '/api/cypher',
    summary: 'Read-only Cypher for analysts',
    description:
      "Runs a query with parameters and returns rows as plain JSON. Refused (403) unless read-only: text rules, then an EXPLAIN plan of read operators only (an allowlist), then a read transaction with a timeout. Answers stop at the row cap, 1 MB of JSON and 10,000 items per list (`truncated`, and `note` says which). 400 for nesting deeper than 64 levels, more than 500 operators, or a Neo4j error that is the query's fault; 429 with Retry-After when every analyst slot is busy; 503 with Retry-After past the timeout.",
    body: input.cypherBody,
    response: 'CypherResponse',
    errors: {
      '403': 'The query is not read-only, or uses an option, procedure or operator off the list',
      '429': 'Every analyst query slot is busy (Retry-After)',
    },
  },
  {
    method: 'post',
    path: '/api/views',
    summary: 'Save a view',
    description:
      "Saves the explorer's query string when the URL would pass 2,000 characters; answers a short id for `?saved=ID` links (the same view, the same id).",
    body: input.savedViewBody,
    response: 'SavedView',
  },
  {
    method: 'get',
    path: '/api/views/{view}',
    summary: 'A saved view',
    description: "The explorer's query string saved under this id. 404 when unknown.",
    pathParams: ['view'],
    response: 'SavedView',
  },
];
