// Where an embed's data comes from: inline in a frozen file, else the embed data endpoint with
// the view and signature of the page's own URL.
import {
  dataUrl,
  readLook,
  type EmbedLook,
  type EmbedPayload,
} from '../../../server/domain/embed-view';
import type { ProblemDetails } from '../../../server/domain/api';

export interface Loaded {
  readonly data: EmbedPayload;
  readonly look: EmbedLook;
  /** Origins that may command the embed (from the page's meta tag; `*` when absent). */
  readonly origins: readonly string[];
}

/** The content of the page's `<meta name=NAME>`, if any (embed and story pages). */
export function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
}

/** The problem+json detail of a refused request, or its status. */
export async function problemOf(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as Partial<ProblemDetails>;
    return problem.detail ?? problem.title ?? response.statusText;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

/**
 * The embed's data and allowed host origins: inline (frozen file) or fetched for the page's URL.
 */
export async function loadEmbed(): Promise<Loaded> {
  const origins = (meta('embed-origins') ?? '*').split(' ').filter((o) => o.length > 0);
  const inline = document.getElementById('embed-data');
  if (inline?.textContent) {
    return {
      data: JSON.parse(inline.textContent) as EmbedPayload,
      look: readLook(new URLSearchParams(meta('embed-look') ?? '')),
      origins,
    };
  }
  const own = new URLSearchParams(location.search);
  // Same URL and mode as the page's preload hint, so the data is already on its way.
  const response = await fetch(dataUrl(own), { mode: 'cors', credentials: 'same-origin' });
  if (!response.ok) throw new Error(await problemOf(response));
  return { data: (await response.json()) as EmbedPayload, look: readLook(own), origins };
}
