// One operation of the OpenAPI document as the endpoint lists declare it, and the patterns of
// path parameters (the lists: read-endpoints.ts, import-endpoints.ts, embed-endpoints.ts).
import type { z } from 'zod';
import { COMMUNITY_ID_PATTERN, ENTITY_ID_PATTERN } from '../domain/vocabulary';

/** One operation of the document: its input, answer and errors. */
export interface Endpoint {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
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
  /** Success status when not 200 (e.g. 202 for a queued job, 201 for a created record). */
  readonly okStatus?: '201' | '202';
  /** The bearer token the endpoint needs, if any. */
  readonly token?: 'editor';
  /** Further error answers (status → description), all problem+json. */
  readonly errors?: Readonly<Record<string, string>>;
}

/** Patterns of path parameters, by name. */
export const PATH_PATTERNS: Readonly<Record<string, string>> = {
  id: ENTITY_ID_PATTERN.source,
  view: '^[A-Za-z0-9_-]{22}$',
  community: COMMUNITY_ID_PATTERN.source,
  story: '^[A-Za-z0-9_-]{22}$',
  job: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  merge: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  revision: '^rev-[0-9]{1,15}$',
};
