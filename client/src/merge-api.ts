// The merge endpoints from the explorer: suggested pairs (open), merge and undo (an editor's
// token, kept in this tab's sessionStorage once given).
import type { MergeCandidatesResponse, MergeResponse } from '../../server/domain/wire/merges';
import type { ProblemDetails } from '../../server/domain/api';
import { LIMITS } from '../../server/domain/limits';
import { ApiError } from './api';

const KEY = 'brand-graph-editor-token';

/** The editor token given in this tab, if any. */
export function editorToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Keeps (or, with an empty text, forgets) the editor token for this tab. */
export function setEditorToken(token: string): void {
  if (token.trim() === '') sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, token.trim());
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & Partial<ProblemDetails>;
  if (!response.ok) throw new ApiError(response.status, body.detail ?? response.statusText);
  return body;
}

/** The suggested merges naming `entity` (strongest first). */
export async function fetchMergeCandidates(entity: string): Promise<MergeCandidatesResponse> {
  const limit = String(LIMITS.mergeCandidatesShown);
  const query = new URLSearchParams({ entity, limit }).toString();
  return answer<MergeCandidatesResponse>(await fetch(`/api/merge-candidates?${query}`));
}

function post(path: string, body: unknown): Promise<Response> {
  const token = editorToken();
  return fetch(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** Merges `from` into `into`; ApiError 401/403 without an editor's token. */
export async function mergeInto(into: string, from: string): Promise<MergeResponse> {
  return answer<MergeResponse>(
    await post(`/api/entities/${encodeURIComponent(into)}/merge`, { from }),
  );
}

/** Undoes merge `merge`; ApiError 409 when it cannot be undone now. */
export async function undoMerge(merge: string): Promise<MergeResponse> {
  return answer<MergeResponse>(await post(`/api/merges/${encodeURIComponent(merge)}/undo`, {}));
}
