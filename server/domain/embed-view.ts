// The view an embed shows, its URL form and its canonical text (what the signature covers).
// Pure and shared: the server signs and checks it, the embed page reads it from its URL.
import type { SerializedGraph, Source } from './model';
import { LIMITS } from './limits';
import { cleanText } from './text-policy';
import { decodeView, encodeView, VIEW_PARAMS, type ViewProblem } from './view-codec';
import { filterGraph, withoutLoosePublications } from './view-filter';
import type { EmbedView } from './wire/embed';

export type { EmbedPayload, EmbedView } from './wire/embed';

/** How an embed looks; not part of the signed view (changing it reveals nothing). */
export interface EmbedLook {
  readonly theme: 'auto' | 'light' | 'dark';
  readonly timeline: boolean;
}

export const DEFAULT_LOOK: EmbedLook = { theme: 'auto', timeline: true };

export { VIEW_PARAMS, type ViewProblem };

/** URL parameters of the producer's words an embed shows (signed with its view when set). */
export const EMBED_TEXT_PARAMS = ['title', 'caption'] as const;

/** URL parameters of an embed besides the view. */
export const LOOK_PARAMS = ['theme', 'timeline', 'sig'] as const;

/** Most entity ids in one list (focus or hidden). */
export const MAX_IDS = LIMITS.embedIds;

/** Why a view of `entities` entities is too large to embed, in words; undefined when it fits. */
export function embedSizeProblem(entities: number): string | undefined {
  const most = LIMITS.embedEntities;
  return entities > most
    ? `This view shows ${entities.toLocaleString('en')} entities; an embed shows at most ${most.toLocaleString('en')}: collapse or hide some, then embed again.`
    : undefined;
}

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

const sortedSet = (items: readonly string[]): string[] => [...new Set(items)].sort();

/** The same view with its lists sorted and without repeats: equal views, equal text. */
export function normaliseView(view: EmbedView): EmbedView {
  return {
    scope: view.scope,
    expanded: sortedSet(view.expanded),
    hidden: sortedSet(view.hidden),
    hiddenKinds: sortedSet(view.hiddenKinds),
    hiddenTypes: sortedSet(view.hiddenTypes),
    ...(view.from ? { from: view.from } : {}),
    ...(view.to ? { to: view.to } : {}),
    ...(view.asOf ? { asOf: view.asOf } : {}),
    ...(view.known ? { known: view.known } : {}),
    ...(view.selected ? { selected: view.selected } : {}),
    ...(view.title ? { title: view.title } : {}),
    ...(view.caption ? { caption: view.caption } : {}),
  };
}

/**
 * The canonical text of a view, which the HMAC covers: a version line, then one `name=value`
 * line per field in a fixed order, lists sorted and comma-joined. Values are restricted to
 * characters that cannot be confused with the separators, so two views differ exactly when
 * their texts do.
 */
export function canonicalView(view: EmbedView): string {
  const v = normaliseView(view);
  const selected = v.selected ? `${v.selected.kind}:${v.selected.id}` : '';
  return [
    'brand-graph-embed/1',
    `scope=${v.scope}`,
    `expanded=${v.expanded.join(',')}`,
    `hidden=${v.hidden.join(',')}`,
    `hideKinds=${v.hiddenKinds.join(',')}`,
    `hideTypes=${v.hiddenTypes.join(',')}`,
    `from=${v.from ?? ''}`,
    `to=${v.to ?? ''}`,
    `asOf=${v.asOf ?? ''}`,
    // Written only when set, so the signatures of views made before `known` existed still hold.
    ...(v.known ? [`known=${v.known}`] : []),
    `selected=${selected}`,
    // The producer's words, only when set (older signatures hold); encoded, so no line breaks.
    ...(v.title ? [`title=${encodeURIComponent(v.title)}`] : []),
    ...(v.caption ? [`caption=${encodeURIComponent(v.caption)}`] : []),
  ].join('\n');
}

/**
 * The view as URL parameters (the shared codec, the explorer's names), lists normalised, then
 * the producer's title and caption when set (`explorerOnly` leaves them out: the explorer's
 * address has no place for them).
 */
export function viewParams(view: EmbedView, explorerOnly = false): URLSearchParams {
  const p = encodeView(normaliseView(view));
  if (explorerOnly) return p;
  if (view.title) p.set('title', view.title);
  if (view.caption) p.set('caption', view.caption);
  return p;
}

/** The producer's words from `title=` and `caption=`: cleaned, within their limits, else a problem. */
function embedText(
  p: URLSearchParams,
  problems: ViewProblem[],
): Pick<EmbedView, 'title' | 'caption'> {
  const out: { title?: string; caption?: string } = {};
  for (const [param, most] of [
    ['title', LIMITS.embedTitleChars],
    ['caption', LIMITS.embedCaptionChars],
  ] as const) {
    const raw = p.get(param);
    if (raw === null) continue;
    const text = cleanText(raw).trim();
    if (text.length > most) problems.push({ param, message: `is longer than ${most} characters` });
    else if (text !== '') out[param] = text;
  }
  return out;
}

/** An embed's query string: the view, then how it looks (defaults left out), then `sig`. */
export function embedQuery(view: EmbedView, look: EmbedLook, sig?: string): string {
  const p = viewParams(view);
  if (look.theme !== 'auto') p.set('theme', look.theme);
  if (!look.timeline) p.set('timeline', '0');
  if (sig) p.set('sig', sig);
  return p.toString();
}

/**
 * Reads a view from URL parameters (an explorer or embed URL) with the shared codec; other
 * parameters are left to the caller. Every malformed value is reported with its parameter, none
 * is silently dropped; lists hold at most `MAX_IDS` ids.
 */
export function readView(p: URLSearchParams): {
  readonly view: EmbedView;
  readonly problems: readonly ViewProblem[];
} {
  const decoded = decodeView(p, MAX_IDS);
  const problems = [...decoded.problems];
  const text = embedText(p, problems);
  return { view: normaliseView({ ...decoded.view, ...text }), problems };
}

/** Reads how an embed looks from its URL; unknown values fall back to the defaults. */
export function readLook(p: URLSearchParams): EmbedLook {
  const theme = p.get('theme');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    timeline: p.get('timeline') !== '0',
  };
}

/**
 * The embed data endpoint's address for an embed page's parameters: its view and signature, in
 * a fixed order, so the page's fetch and the server's preload hint name the same URL.
 */
export function dataUrl(p: URLSearchParams): string {
  const q = new URLSearchParams();
  for (const key of [...VIEW_PARAMS, ...EMBED_TEXT_PARAMS, 'sig']) {
    const value = p.get(key);
    if (value !== null) q.set(key, value);
  }
  return `/api/embed/view?${q.toString()}`;
}

/** Whether `sig` has the shape of a signature (43 base64url characters: 256 bits). */
export function isSignatureShaped(sig: string): boolean {
  return SIGNATURE.test(sig);
}

/** A loaded graph cut down to a view: hidden entities, kinds, fact types and dates applied. */
export function filterToView(graph: SerializedGraph, view: EmbedView): SerializedGraph {
  const { nodes: kept, edges } = filterGraph(graph, view);
  const nodes = withoutLoosePublications(kept, edges, view);
  const sources: Record<string, Source> = {};
  for (const e of edges) {
    for (const c of e.attributes.sources) {
      const s = graph.attributes.sources[c.source];
      if (s) sources[c.source] = s;
    }
  }
  return {
    ...graph,
    attributes: { name: graph.attributes.name ?? 'Brand graph', sources },
    nodes,
    edges,
  };
}

const escapeAttribute = (s: string): string =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** `source` of every message an embed posts to its host; commands name it as their `target`. */
export const EMBED_CHANNEL = 'brand-graph-embed';

/** Heights (CSS px) the snippet's listener accepts from an embed. */
export const EMBED_HEIGHTS = { min: 200, max: 4000 } as const;

/**
 * The snippet's listener: sets the height of the iframe that posted `{type: 'height'}` (its
 * window and origin both checked), once per host page however many embeds it holds.
 */
const HEIGHT_LISTENER = `<script>(function(w){if(w.brandGraphEmbedHeights)return;w.brandGraphEmbedHeights=1;w.addEventListener('message',function(e){var d=e.data;if(!d||d.source!=='${EMBED_CHANNEL}'||d.type!=='height'||typeof d.height!=='number')return;var fs=document.getElementsByTagName('iframe');for(var i=0;i<fs.length;i++){var f=fs[i];if(f.contentWindow===e.source&&new URL(f.src,location.href).origin===e.origin)f.style.height=Math.min(${EMBED_HEIGHTS.max},Math.max(${EMBED_HEIGHTS.min},Math.round(d.height)))+'px';}});})(window);</script>`;

/**
 * The `<iframe>` that embeds a view: full width of its column unless `width` is given, the
 * chosen height, sandboxed (scripts and its own origin, for its data; popups for the link back);
 * then a small script that lets the embed set its own height (it posts the height it wants for
 * its width, as Datawrapper's responsive embeds do; without the script the height stays fixed).
 */
export function iframeSnippet(src: string, title: string, height: number, width?: number): string {
  const w = width === undefined ? '100%' : String(width);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${w}" height="${height}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>${HEIGHT_LISTENER}`;
}
