// The oEmbed request: its parameters, and the view named by its `url`.
import { z } from 'zod';
import { readView, VIEW_PARAMS } from '../domain/embed-view';
import { InvalidInputError, NotFoundError } from '../errors';
import { readViewInput, type ViewInput } from './view-input';

const size = z.coerce.number().int().min(100).max(4000).optional();

/** oEmbed parameters; others are ignored, as consumers add their own. */
export const oembedQuery = z.object({
  url: z.string().trim().min(1, 'must not be empty').max(4000),
  format: z.enum(['json', 'xml']).default('json'),
  maxwidth: size,
  maxheight: size,
});

/**
 * The view an explorer URL (`/?…`) or embed URL (`/embed?…`) of this app names; a path alone
 * (as the pages' relative discovery links carry it) is read against this app's origin. Explorer URLs
 * keep only their view (camera, paths and playback are the explorer's own); embed URLs are
 * read strictly, signature and look included.
 */
export function viewOfUrl(raw: string, origin: string): ViewInput & { kind: 'explorer' | 'embed' } {
  let url: URL;
  try {
    url = /^\/(?!\/)/.test(raw) ? new URL(raw, origin) : new URL(raw);
  } catch {
    throw new InvalidInputError('query.url: must be an absolute http(s) URL', [
      { path: 'query.url', message: 'must be an absolute http(s) URL' },
    ]);
  }
  if (url.origin !== origin) {
    throw new NotFoundError(
      `${url.origin} is not this explorer (${origin}): no embed for that URL`,
    );
  }
  if (url.pathname === '/embed' || url.pathname === '/embed.html') {
    return { ...readViewInput(url.searchParams, 'query.url'), kind: 'embed' };
  }
  if (url.pathname !== '/' && url.pathname !== '/index.html') {
    throw new NotFoundError(`${url.pathname} is not an explorer or embed page of this app`);
  }
  const params = new URLSearchParams();
  for (const key of VIEW_PARAMS) {
    const value = url.searchParams.get(key);
    if (value !== null) params.set(key, value);
  }
  const { view, problems } = readView(params);
  if (problems.length > 0) {
    const details = problems.map((p) => ({
      path: 'query.url',
      message: `${p.param}: ${p.message}`,
    }));
    throw new InvalidInputError(details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
  }
  return { view, look: { theme: 'auto', timeline: true }, kind: 'explorer' };
}
