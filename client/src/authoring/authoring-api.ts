// The authoring endpoints from the explorer: entities, facts and sources written with the
// editor's token (kept in this tab by merge-api.ts), the revision a change starts from sent
// with it, and a record's history with revert. Refusals keep what the server said: the
// fields a 422 names, and both versions of a 409.
import type { ProblemDetails } from '../../../server/domain/api';
import type { Entity, Fact, Source } from '../../../server/domain/model';
import type {
  EntityInput,
  EntityPatch,
  FactInput,
  FactPatch,
  Reverted,
  Revision,
  RevisionsAnswer,
  SourceInput,
} from '../../../server/domain/wire/authoring';
import { ApiError } from '../api';
import { fetchWithToken } from '../auth';
import { editorToken } from '../merge-api';

/** A field the server names in a refusal: its JSON path (`sources[0].span`) and why. */
export interface RefusedField {
  readonly path: string;
  readonly message: string;
}

/**
 * A write the server refused: the status, its detail, the fields a 400/422 names (`errors`),
 * and on a 409 the stored record (`current`) and what was sent (`yours`).
 */
export class WriteRefused extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly fields: readonly RefusedField[],
    readonly current?: unknown,
    readonly yours?: unknown,
  ) {
    super(status, message);
  }

  /** True for a stale revision: someone saved the record since it was opened. */
  get isConflict(): boolean {
    return this.status === 409 && this.current !== undefined;
  }
}

type Problem = Partial<ProblemDetails> & {
  errors?: RefusedField[];
  current?: unknown;
  yours?: unknown;
};

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  // Reads go with the analyst token (when the server asks for one), writes with the editor's.
  const token = method === 'GET' ? null : editorToken();
  let response: Response;
  try {
    response = await (method === 'GET' ? fetchWithToken : fetch)(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'The explorer server cannot be reached. Is it running?');
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const problem = (parsed ?? {}) as Problem;
    const fields = Array.isArray(problem.errors) ? problem.errors : [];
    const detail = problem.detail ?? problem.title ?? response.statusText;
    const words =
      response.status === 401
        ? `${detail}. Give an editor token.`
        : response.status === 403
          ? `${detail}. This server takes no edits.`
          : detail;
    throw new WriteRefused(response.status, words, fields, problem.current, problem.yours);
  }
  return parsed as T;
}

const path = (kind: string, id: string): string => `/api/${kind}/${encodeURIComponent(id)}`;

/** `POST /api/entities`: the new entity with its revision. */
export function createEntity(input: EntityInput): Promise<Entity> {
  return send<Entity>('POST', '/api/entities', input);
}

/** `PATCH /api/entities/{id}` from `patch.revision`; WriteRefused 409 when stale. */
export function updateEntity(id: string, patch: EntityPatch): Promise<Entity> {
  return send<Entity>('PATCH', path('entities', id), patch);
}

/** `POST /api/facts`: the new fact; WriteRefused 422 naming missing citations. */
export function createFact(input: FactInput): Promise<Fact> {
  return send<Fact>('POST', '/api/facts', input);
}

/** `PATCH /api/facts/{id}` (ranks too) from `patch.revision`; 409 when stale, 422 as create. */
export function updateFact(id: string, patch: FactPatch): Promise<Fact> {
  return send<Fact>('PATCH', path('facts', id), patch);
}

/** `POST /api/sources`: the new source (its id is made by the server). */
export function createSource(input: SourceInput): Promise<Source> {
  return send<Source>('POST', '/api/sources', input);
}

/** `GET /api/revisions?entity=ID` or `?fact=ID`: newest first. */
export async function fetchRevisions(
  target: 'entity' | 'fact',
  id: string,
): Promise<readonly Revision[]> {
  const query = new URLSearchParams({ [target]: id }).toString();
  return (await send<RevisionsAnswer>('GET', `/api/revisions?${query}`)).revisions;
}

/** `POST /api/revisions/{id}/revert`: a new revision restoring that one's `before`. */
export function revertRevision(id: string, comment?: string): Promise<Reverted> {
  return send<Reverted>('POST', `${path('revisions', id)}/revert`, comment ? { comment } : {});
}
