// Talks to the server's API; errors come back as problem+json and become readable messages.
import { LIMITS } from '../../server/domain/limits';
import type { SerializedGraph } from '../../server/domain/model';
import { learnFactTypes, type TimeShape } from '../../server/domain/vocabulary';
import type { EntityDetails, PathsAnswer, SearchHit, Timeline } from '../../server/domain/api';
import { fetchWithToken } from './auth';

export type { EntityDetails, PathsAnswer, SearchHit, Timeline };

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetchWithToken(path, {
      headers: { Accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'The explorer server cannot be reached. Is it running?');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = (await response.json()) as { detail?: string; title?: string };
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // Not a problem document: keep the status text.
    }
    throw new ApiError(response.status, detail);
  }
  return (await response.json()) as T;
}

const q = (params: Record<string, string>): string => new URLSearchParams(params).toString();

/** Teaches the client's vocabulary the fact types that imports registered on the server. */
export async function learnVocabulary(): Promise<void> {
  const schema = await getJson<{
    factTypes: { type: string; shape: TimeShape; label: string; verb: string }[];
  }>('/api/schema');
  learnFactTypes(
    schema.factTypes.map(({ type, shape, label, verb }) => ({ name: type, shape, label, verb })),
  );
}

/** The whole graph (or, for a large one, its overview: hubs and their strongest links). */
export function fetchGraph(): Promise<SerializedGraph> {
  return getJson<SerializedGraph>('/api/graph');
}

/**
 * The neighbourhood of one entity (depth 1, at most `LIMITS.neighbourhoodEntities` entities).
 * One id per request, so a request never grows with the number of entities loaded.
 */
export function fetchNeighbourhood(id: string): Promise<SerializedGraph> {
  return getJson<SerializedGraph>(
    `/api/neighbourhood?${q({ ids: id, limit: String(LIMITS.neighbourhoodEntities) })}`,
  );
}

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const answer = await getJson<{ results: SearchHit[] }>(
    `/api/search?${q({ q: text, limit: '8' })}`,
    signal,
  );
  return answer.results;
}

export function fetchEntity(id: string): Promise<EntityDetails> {
  return getJson<EntityDetails>(`/api/entities/${encodeURIComponent(id)}`);
}

export function fetchPaths(from: string, to: string): Promise<PathsAnswer> {
  return getJson<PathsAnswer>(`/api/paths?${q({ from, to, mode: 'all', limit: '5' })}`);
}

/** Runs read-only Cypher; a refused query comes back as an ApiError with the reason. */
export async function runCypher(query: string): Promise<{
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  note?: string;
}> {
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
  const body = (await response.json()) as {
    detail?: string;
    columns: string[];
    rows: Record<string, unknown>[];
    truncated: boolean;
    note?: string;
  };
  if (!response.ok) throw new ApiError(response.status, body.detail ?? response.statusText);
  return body;
}

/** Every dated fact as ordered events. */
export function fetchTimeline(): Promise<Timeline> {
  return getJson<Timeline>('/api/timeline');
}

/** Facts in force on a day (active or uncertain), by fact id. */
export async function fetchInForce(date: string): Promise<Set<string>> {
  const snapshot = await getJson<{
    active: { facts: string[] }[];
    uncertain: { facts: string[] }[];
  }>(`/api/snapshot?${q({ date })}`);
  return new Set([...snapshot.active, ...snapshot.uncertain].flatMap((s) => s.facts));
}

export interface ChangeItem {
  readonly claim: string;
  readonly change: 'began' | 'ended';
  readonly sentence: string;
  readonly certain: boolean;
  readonly facts: readonly string[];
  readonly sources: readonly string[];
}

/** State facts that began or ended between two days. */
export async function fetchChanges(from: string, to: string): Promise<ChangeItem[]> {
  return (await getJson<{ changes: ChangeItem[] }>(`/api/changes?${q({ from, to })}`)).changes;
}
