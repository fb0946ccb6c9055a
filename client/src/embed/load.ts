// Where an embed's data comes from: inline in a frozen file, else the embed data endpoint with
// the view and signature of the page's own URL.
import {
  readLook,
  VIEW_PARAMS,
  type EmbedLook,
  type EmbedPayload,
} from '../../../server/domain/embed-view';

export interface Loaded {
  readonly data: EmbedPayload;
  readonly look: EmbedLook;
  /** Origins that may command the embed (from the page's meta tag; `*` when absent). */
  readonly origins: readonly string[];
}

function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
}

/** The problem+json detail of a refused request, or its status. */
async function problemOf(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as { detail?: string; title?: string };
    return problem.detail ?? problem.title ?? response.statusText;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

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
  const query = new URLSearchParams();
  for (const key of [...VIEW_PARAMS, 'sig']) {
    const value = own.get(key);
    if (value !== null) query.set(key, value);
  }
  const response = await fetch(`/api/embed/view?${query.toString()}`, {
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(await problemOf(response));
  return { data: (await response.json()) as EmbedPayload, look: readLook(own), origins };
}
