// The OpenAPI 3.1 document, built from the same zod schemas that validate input and describe output.
import { z } from 'zod';
import * as input from './query-schemas';
import * as embed from '../embed/embed-schemas';
import { oembedQuery } from '../embed/oembed-query';
// Registers the response schemas (with their ids) in zod's global registry.
import './response-schemas';
import './overview-schemas';
import { importEndpoints } from './import-endpoints';
import { ENTITY_ID_PATTERN } from '../domain/vocabulary';

/** One operation of the document: its input, answer and errors. */
export interface Endpoint {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly query?: z.ZodType;
  readonly pathParams?: readonly string[];
  readonly body?: z.ZodType;
  /** multipart/form-data fields (name → description); names ending in `[]` are files. */
  readonly form?: Readonly<Record<string, string>>;
  /** Component id of the success response, or a media type for non-JSON answers. */
  readonly response: string | { readonly mediaTypes: readonly string[] };
  /** Success status when not 200 (e.g. 202 for a queued job). */
  readonly okStatus?: '202';
  /** The bearer token the endpoint needs, if any. */
  readonly token?: 'editor';
  /** Further error answers (status → description), all problem+json. */
  readonly errors?: Readonly<Record<string, string>>;
}

/** Patterns of path parameters, by name. */
const PATH_PATTERNS: Readonly<Record<string, string>> = {
  id: ENTITY_ID_PATTERN.source,
  view: '^[A-Za-z0-9_-]{22}$',
  community: '^c[0-9]{1,6}$',
  job: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
};

export const ENDPOINTS: readonly Endpoint[] = [
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
      'Each fact with the other party, its time (precision and original wording), attributes, sources with quotations, a plain sentence, and the facts of the same claim that disagree with it.',
    pathParams: ['id'],
    response: 'EntityResponse',
  },
  {
    method: 'get',
    path: '/api/neighbourhood',
    summary: 'Subgraph around entities',
    description:
      'Breadth-first to depth 1 to 3, filtered by entity kinds, fact types and a date range (undated facts pass a date filter), with a node cap; `attributes.truncated` says whether the cap cut it.',
    query: input.neighbourhoodQuery,
    response: 'SerializedGraph',
  },
  {
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest paths between two entities',
    description:
      'One shortest path (`mode=shortest`) or all shortest paths (`mode=all`), each explained as plain sentences.',
    query: input.pathsQuery,
    response: 'PathsResponse',
  },
  {
    method: 'get',
    path: '/api/timeline',
    summary: 'Dated facts as ordered events',
    description:
      'Events in order of what is known (earliest, then latest possible day); a state fact gives a start and an end event. Precision is kept: a month is never shown as its first day.',
    query: input.timelineQuery,
    response: 'TimelineResponse',
  },
  {
    method: 'get',
    path: '/api/snapshot',
    summary: 'The graph as it stood on a day',
    description:
      'State facts in force (memberships, pending lawsuits, partnerships), claims about one state combined.',
    query: input.snapshotQuery,
    response: 'SnapshotResponse',
  },
  {
    method: 'get',
    path: '/api/changes',
    summary: 'What changed between two days',
    description:
      'State facts (memberships, lawsuits, partnerships; claims combined) that began or ended after `from` and on or before `to`, each with its date, sources and a sentence; `certain` is false where a vague date may fall outside the range.',
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
    description: "Every entity and fact, in graphology's serialized format.",
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
      "JSON (graphology), GraphML (Gephi, yEd), CSV in neo4j-admin import's header format (nodes with sources, relationships with publisher links; INTEGER columns `:long`; formula-like text cells neutralised; the array delimiter in the `X-Array-Delimiter` header), or a Cypher script that recreates it (MERGE on ids: running it again changes nothing). Every format carries imported attributes. With `ids`, exports that neighbourhood.",
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
  ...importEndpoints(),
  ...embedEndpoints(),
];

/** Embeds and oEmbed (see README, "Embedding a view"). */
function embedEndpoints(): Endpoint[] {
  const signature = { '403': 'Signature missing (with a signing key), changed or forged' };
  return [
    {
      method: 'get',
      path: '/api/embed/view',
      summary: "An embed's data",
      description:
        "The view's entities, facts, sources and dated facts, nothing beyond them. Open without the analyst token; with a signing key the view must carry its own signature.",
      query: embed.embedViewQuery,
      response: 'EmbedPayload',
      errors: signature,
    },
    {
      method: 'get',
      path: '/api/embed/sign',
      summary: 'Embed links for a view',
      description:
        'The signed embed URL, its iframe snippet, its oEmbed URL and its frozen-file URL (the Embed button). Needs the analyst token when one is configured: only analysts mint signatures.',
      query: embed.embedSignQuery,
      response: 'EmbedLink',
      errors: {
        '401': 'Missing or wrong analyst token (when ANALYST_TOKEN is set)',
        '404': 'The view names an entity that does not exist',
      },
    },
    {
      method: 'get',
      path: '/api/embed/frozen',
      summary: 'A view as one self-contained HTML file',
      description:
        'Data, code and styles inline; opens from disk or any static host with no network request. Signed like the embed data.',
      query: embed.embedFrozenQuery,
      response: { mediaTypes: ['text/html'] },
      errors: signature,
    },
    {
      method: 'get',
      path: '/oembed',
      summary: 'oEmbed for explorer and embed URLs',
      description:
        'type "rich": an iframe of the view within maxwidth and maxheight. With ANALYST_TOKEN set, only signed embed URLs (or requests with the token) are answered. 404 for URLs that are not this app, 501 for format=xml.',
      query: oembedQuery,
      response: 'OEmbedResponse',
      errors: {
        ...signature,
        '404': 'Not a page of this app, or it names an entity that does not exist (oEmbed 2.3.5)',
        '501': 'format=xml',
      },
    },
  ];
}

const ref = (id: string): { $ref: string } => ({ $ref: `#/components/schemas/${id}` });

function queryParameters(schema: z.ZodType): Record<string, unknown>[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

function formBody(form: Readonly<Record<string, string>>): Record<string, unknown> {
  const properties = Object.fromEntries(
    Object.entries(form).map(([name, description]) => [
      name.replace(/\[\]$/, ''),
      name.endsWith('[]')
        ? { type: 'array', items: { type: 'string', format: 'binary' }, description }
        : { type: 'string', description },
    ]),
  );
  return {
    required: true,
    content: {
      'multipart/form-data': { schema: { type: 'object', properties, required: ['format'] } },
    },
  };
}

/**
 * Removes `$id` and `$schema` from a schema zod made for one component. zod sets `$id` to the
 * component's URI (`#/components/schemas/X`), but JSON Schema 2020-12 (section 8.2.1) forbids
 * a fragment in `$id`, and `$schema` belongs only at a schema resource's root; the components
 * are resolved by their place in the document instead, as OpenAPI 3.1 does.
 */
function withoutResourceKeys(schema: Record<string, unknown>): Record<string, unknown> {
  delete schema.$id;
  delete schema.$schema;
  return schema;
}

const PROBLEM = { 'application/problem+json': { schema: ref('Problem') } };

/** Builds the whole document. */
export function openApiDocument(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  for (const schema of Object.values(schemas)) withoutResourceKeys(schema);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const parameters = [
      ...(e.pathParams ?? []).map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string', pattern: PATH_PATTERNS[name] ?? '^.+$' },
      })),
      ...(e.query ? queryParameters(e.query) : []),
    ];
    const ok =
      typeof e.response === 'string'
        ? { 'application/json': { schema: ref(e.response) } }
        : Object.fromEntries(e.response.mediaTypes.map((m) => [m, { schema: { type: 'string' } }]));
    (paths[e.path] ??= {})[e.method] = {
      summary: e.summary,
      description: e.description,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(e.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: withoutResourceKeys(z.toJSONSchema(e.body, { io: 'input' })),
                },
              },
            },
          }
        : {}),
      ...(e.form ? { requestBody: formBody(e.form) } : {}),
      ...(e.token ? { security: [{ [`${e.token}Token`]: [] }] } : {}),
      responses: {
        [e.okStatus ?? '200']: { description: e.okStatus ? 'Accepted' : 'OK', content: ok },
        ...(e.token
          ? {
              '401': { description: `Missing or wrong ${e.token} token`, content: PROBLEM },
              '403': { description: 'Imports are off (no EDITOR_TOKEN)', content: PROBLEM },
            }
          : {}),
        '400': {
          description: 'Invalid input: each failing field named with its path',
          content: PROBLEM,
        },
        ...(e.path.includes('{id}') || e.path.includes('neighbourhood') || e.path.includes('paths')
          ? { '404': { description: 'Unknown entity', content: PROBLEM } }
          : {}),
        ...(e.path.includes('{job}')
          ? { '404': { description: 'Unknown import job or import', content: PROBLEM } }
          : {}),
        ...(e.method === 'post' && e.body
          ? {
              '403': { description: 'Query refused', content: PROBLEM },
              '413': { description: 'Body too large', content: PROBLEM },
              '415': { description: 'Body not application/json', content: PROBLEM },
            }
          : {}),
        ...(e.form
          ? {
              '413': { description: 'A file or the form beyond the limits', content: PROBLEM },
              '415': { description: 'Body not multipart/form-data', content: PROBLEM },
            }
          : {}),
        ...Object.fromEntries(
          Object.entries(e.errors ?? {}).map(([status, description]) => [
            status,
            { description, content: PROBLEM },
          ]),
        ),
        '429': { description: 'Rate limited; see Retry-After', content: PROBLEM },
        '503': {
          description: 'Database unavailable or too slow; see Retry-After',
          content: PROBLEM,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Brand graph explorer API',
      version: '1.0.0',
      description:
        'Read-only API over a knowledge graph of brands, companies and organisations: search, entities with their sourced facts, neighbourhoods, paths, timelines, snapshots, exports and guarded Cypher.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        editorToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The EDITOR_TOKEN the server was started with',
        },
      },
    },
  };
}
