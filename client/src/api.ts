// Talks to the server's API; errors come back as problem+json and become readable messages.
import { LIMITS } from '../../server/domain/limits';
import type { SerializedGraph } from '../../server/domain/model';
import type { FactTypeRegistry } from '../../server/domain/fact-type-registry';
import type {
  ChangeItem,
  Changes,
  CommunitiesAnswer,
  CypherAnswer,
  EntityDetails,
  HubsAnswer,
  ImportRecordSummary,
  ImportRecords,
  PathsAnswer,
  ProblemDetails,
  SavedView,
  SchemaAnswer,
  SearchAnswer,
  SearchHit,
  Snapshot,
  Timeline,
} from '../../server/domain/api';
import { fetchWithToken } from './auth';

export type { ChangeItem, EntityDetails, PathsAnswer, SearchHit, Timeline };

/** An API answer that is not 2xx: its HTTP status and the problem+json detail as the message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Told the seconds until the next try while the database is unavailable, with the server's
 * reason in words (its problem's detail); `undefined` once it answers.
 */
export type DatabaseWaitListener = (retryInSeconds: number | undefined, reason?: string) => void;

const waitListeners = new Set<DatabaseWaitListener>();

/** Listens for the "database restarting, retrying" state; returns the way to stop listening. */
export function onDatabaseWait(listener: DatabaseWaitListener): () => void {
  waitListeners.add(listener);
  return () => waitListeners.delete(listener);
}

/** Seconds to wait per a 503's Retry-After (1 to 30), or undefined when it is not a retry. */
function retryAfter(response: Response): number | undefined {
  if (response.status !== 503) return undefined;
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(30, Math.ceil(seconds)) : undefined;
}

function pause(seconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(done, seconds * 1000);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      fail(new DOMException('Aborted', 'AbortError'));
    });
  });
}

/** A refused answer's problem detail, if it has one (read from a copy of the response). */
async function problemDetail(response: Response): Promise<string | undefined> {
  try {
    return ((await response.clone().json()) as Partial<ProblemDetails>).detail;
  } catch {
    return undefined;
  }
}

async function fetchJson(path: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetchWithToken(path, {
      headers: { Accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'The explorer server cannot be reached. Is it running?');
  }
}

/**
 * GETs JSON. A 503 with Retry-After (the database restarting) is retried after that many
 * seconds, as long as the server says so, telling the wait listeners each time.
 */
async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response = await fetchJson(path, signal);
  let waited = false;
  for (let wait = retryAfter(response); wait !== undefined; wait = retryAfter(response)) {
    waited = true;
    const reason = await problemDetail(response);
    for (const listener of waitListeners) listener(wait, reason);
    await pause(wait, signal);
    response = await fetchJson(path, signal);
  }
  if (waited) for (const listener of waitListeners) listener(undefined);
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = (await response.json()) as Partial<ProblemDetails>;
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // Not a problem document: keep the status text.
    }
    throw new ApiError(response.status, detail);
  }
  return (await response.json()) as T;
}

const q = (params: Record<string, string>): string => new URLSearchParams(params).toString();

/** Teaches `factTypes` (an explorer's registry) the fact types imports registered on the server. */
export async function learnVocabulary(factTypes: FactTypeRegistry): Promise<void> {
  const schema = await getJson<SchemaAnswer>('/api/schema');
  factTypes.learn(
    schema.factTypes.map(({ type, shape, label, verb }) => ({ name: type, shape, label, verb })),
  );
}

/** `?known=DAY` (as known on that day), or nothing. */
const knownQuery = (known: string | undefined): string => (known ? `?${q({ known })}` : '');

/**
 * The whole graph (or, for a large one, its overview: hubs and their strongest links); with
 * `known`, as known on that day.
 */
export function fetchGraph(known?: string): Promise<SerializedGraph> {
  return getJson<SerializedGraph>(`/api/graph${knownQuery(known)}`);
}

/** The biggest hubs, best-connected first (the list beside the overview). */
export function fetchHubs(): Promise<HubsAnswer> {
  return getJson<HubsAnswer>('/api/hubs');
}

/** The graph's largest communities (Louvain, computed by the server). */
export function fetchCommunities(): Promise<CommunitiesAnswer> {
  return getJson<CommunitiesAnswer>('/api/communities');
}

/** One community's best-connected members and the facts among them. */
export function fetchCommunityMembers(id: string): Promise<SerializedGraph> {
  return getJson<SerializedGraph>(`/api/communities/${encodeURIComponent(id)}`);
}

/**
 * The neighbourhood of one entity (depth 1, at most `LIMITS.neighbourhoodEntities` entities).
 * One id per request, so a request never grows with the number of entities loaded.
 */
export function fetchNeighbourhood(id: string, known?: string): Promise<SerializedGraph> {
  const params = { ids: id, limit: String(LIMITS.neighbourhoodEntities) };
  return getJson<SerializedGraph>(`/api/neighbourhood?${q(known ? { ...params, known } : params)}`);
}

/** Up to 8 entities matching `text`, best first; aborted with `signal`. */
export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const answer = await getJson<SearchAnswer>(`/api/search?${q({ q: text, limit: '8' })}`, signal);
  return [...answer.results];
}

/** The recorded imports, newest first (each says whether it finished). */
export async function fetchImportRecords(): Promise<ImportRecordSummary[]> {
  return [...(await getJson<ImportRecords>('/api/import-records')).imports];
}

/** One entity with its facts and sources (as known on `known`); ApiError (404) for an unknown id. */
export function fetchEntity(id: string, known?: string): Promise<EntityDetails> {
  return getJson<EntityDetails>(`/api/entities/${encodeURIComponent(id)}${knownQuery(known)}`);
}

/** All shortest paths (at most 5) between two entities, explained. */
export function fetchPaths(from: string, to: string): Promise<PathsAnswer> {
  return getJson<PathsAnswer>(`/api/paths?${q({ from, to, mode: 'all', limit: '5' })}`);
}

/** Runs read-only Cypher; a refused query comes back as an ApiError with the reason. */
export async function runCypher(query: string): Promise<CypherAnswer> {
  let response: Response;
  try {
    response = await fetchWithToken('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, params: {}, limit: LIMITS.cypherRowsShown }),
    });
  } catch {
    throw new ApiError(0, 'The explorer server cannot be reached. Is it running?');
  }
  const body = (await response.json()) as CypherAnswer & Partial<ProblemDetails>;
  if (!response.ok) throw new ApiError(response.status, body.detail ?? response.statusText);
  return body;
}

/** Facts in force on a day (active or uncertain), by fact id. */
export async function fetchInForce(date: string): Promise<Set<string>> {
  const snapshot = await getJson<Snapshot>(`/api/snapshot?${q({ date })}`);
  return new Set([...snapshot.active, ...snapshot.uncertain].flatMap((s) => s.facts));
}

/** State facts that began or ended between two days. */
export async function fetchChanges(from: string, to: string): Promise<readonly ChangeItem[]> {
  return (await getJson<Changes>(`/api/changes?${q({ from, to })}`)).changes;
}

/** Saves a view's query string too long for a URL; answers its id. */
export async function saveView(query: string): Promise<string> {
  const response = await fetchWithToken('/api/views', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as Partial<SavedView & ProblemDetails>;
  if (!response.ok || !body.id)
    throw new ApiError(response.status, body.detail ?? response.statusText);
  return body.id;
}

/** The query string of a saved view. */
export async function readSavedView(id: string): Promise<string> {
  return (await getJson<Required<SavedView>>(`/api/views/${encodeURIComponent(id)}`)).query;
}
