// A view from a request: its URL parameters read strictly, and its signature checked.
import {
  EMBED_TEXT_PARAMS,
  LOOK_PARAMS,
  readLook,
  readView,
  VIEW_PARAMS,
  type EmbedLook,
  type EmbedView,
} from '../domain/embed-view';
import { InvalidInputError } from '../errors';
import type { EmbedConfig } from './embed-config';
import { SignatureError } from './errors';
import { verifyView } from './signature';

export interface ViewInput {
  readonly view: EmbedView;
  readonly look: EmbedLook;
  readonly sig?: string;
}

/**
 * Reads a view, its look and its signature from URL parameters. Unknown or repeated parameters
 * and malformed values are refused (400), each named as `<where>.<param>`.
 */
export function readViewInput(
  params: URLSearchParams,
  where: string,
  allowed: readonly string[] = [...VIEW_PARAMS, ...EMBED_TEXT_PARAMS, ...LOOK_PARAMS],
): ViewInput {
  const details: { path: string; message: string }[] = [];
  const unknown = [...new Set(params.keys())].filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    details.push({
      path: where,
      message: `unknown parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
    });
  }
  for (const key of new Set(params.keys())) {
    if (params.getAll(key).length > 1)
      details.push({ path: `${where}.${key}`, message: 'given more than once' });
  }
  const { view, problems } = readView(params);
  for (const p of problems) details.push({ path: `${where}.${p.param}`, message: p.message });
  if (details.length > 0) {
    throw new InvalidInputError(details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
  }
  const sig = params.get('sig') ?? undefined;
  return { view, look: readLook(params), ...(sig ? { sig } : {}) };
}

/** The query of an Express request as URL parameters (the app parses queries as `simple`). */
export function queryParams(query: unknown): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string') params.append(key, v);
    }
  }
  return params;
}

/**
 * With a signing key, a view is readable only with its own signature; without one, embeds are
 * unsigned and any view is readable (the API is open then anyway).
 */
export function checkSignature(config: EmbedConfig, input: ViewInput): void {
  if (config.signingKey === undefined) return;
  if (input.sig === undefined) {
    throw new SignatureError(
      'This embed is not signed: make it with the Embed button of the explorer',
    );
  }
  if (!verifyView(config.signingKey, input.view, input.sig)) {
    throw new SignatureError(
      'The view does not match its signature: it was changed or forged, so it is not shown',
    );
  }
}
