// The view an embed shows, its URL form and its canonical text (what the signature covers).
// Pure and shared: the server signs and checks it, the embed page reads it from its URL.
import type { SerializedGraph, Source } from './model';
import { LIMITS } from './limits';
import { isIsoDay } from './time';
import { filterGraph } from './view-filter';
import { ENTITY_ID_PATTERN, FACT_TYPE_PATTERN } from './vocabulary';
import type { EmbedView } from './wire/embed';

export type { EmbedPayload, EmbedView } from './wire/embed';

/** How an embed looks; not part of the signed view (changing it reveals nothing). */
export interface EmbedLook {
  readonly theme: 'auto' | 'light' | 'dark';
  readonly timeline: boolean;
}

export const DEFAULT_LOOK: EmbedLook = { theme: 'auto', timeline: true };

/** URL parameters that carry the view, in canonical order. */
export const VIEW_PARAMS = [
  'expanded',
  'hidden',
  'hideKinds',
  'hideTypes',
  'from',
  'to',
  'asOf',
  'entity',
  'fact',
] as const;

/** URL parameters of an embed besides the view. */
export const LOOK_PARAMS = ['theme', 'timeline', 'sig'] as const;

/** Most entity ids in one list (focus or hidden). */
export const MAX_IDS = LIMITS.embedIds;

const ID = ENTITY_ID_PATTERN;
const KIND = /^[A-Z][A-Za-z0-9]{0,59}$/;
const TYPE = FACT_TYPE_PATTERN;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export interface ViewProblem {
  /** The URL parameter at fault. */
  readonly param: string;
  readonly message: string;
}

const sortedSet = (items: readonly string[]): string[] => [...new Set(items)].sort();

/** The same view with its lists sorted and without repeats: equal views, equal text. */
export function normaliseView(view: EmbedView): EmbedView {
  return {
    scope: view.scope,
    expanded: view.scope === 'expanded' ? sortedSet(view.expanded) : [],
    hidden: sortedSet(view.hidden),
    hiddenKinds: sortedSet(view.hiddenKinds),
    hiddenTypes: sortedSet(view.hiddenTypes),
    ...(view.from ? { from: view.from } : {}),
    ...(view.to ? { to: view.to } : {}),
    ...(view.asOf ? { asOf: view.asOf } : {}),
    ...(view.selected ? { selected: view.selected } : {}),
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
    `selected=${selected}`,
  ].join('\n');
}

/** The view as URL parameters (the explorer's names), lists normalised, defaults left out. */
export function viewParams(view: EmbedView): URLSearchParams {
  const v = normaliseView(view);
  const p = new URLSearchParams();
  if (v.scope === 'expanded') p.set('expanded', v.expanded.join(','));
  if (v.hidden.length > 0) p.set('hidden', v.hidden.join(','));
  if (v.hiddenKinds.length > 0) p.set('hideKinds', v.hiddenKinds.join(','));
  if (v.hiddenTypes.length > 0) p.set('hideTypes', v.hiddenTypes.join(','));
  if (v.from) p.set('from', v.from);
  if (v.to) p.set('to', v.to);
  if (v.asOf) p.set('asOf', v.asOf);
  if (v.selected) p.set(v.selected.kind, v.selected.id);
  return p;
}

/** An embed's query string: the view, then how it looks (defaults left out), then `sig`. */
export function embedQuery(view: EmbedView, look: EmbedLook, sig?: string): string {
  const p = viewParams(view);
  if (look.theme !== 'auto') p.set('theme', look.theme);
  if (!look.timeline) p.set('timeline', '0');
  if (sig) p.set('sig', sig);
  return p.toString();
}

function list(
  p: URLSearchParams,
  param: string,
  pattern: RegExp,
  what: string,
  problems: ViewProblem[],
): string[] {
  const raw = p.get(param);
  if (raw === null || raw === '') return [];
  const items = raw.split(',');
  const bad = items.find((s) => !pattern.test(s));
  if (bad !== undefined) problems.push({ param, message: `"${bad}" is not ${what}` });
  else if (items.length > MAX_IDS) problems.push({ param, message: `lists at most ${MAX_IDS}` });
  return items.filter((s) => pattern.test(s)).slice(0, MAX_IDS);
}

function day(p: URLSearchParams, param: string, problems: ViewProblem[]): string | undefined {
  const raw = p.get(param);
  if (raw === null || raw === '') return undefined;
  if (isIsoDay(raw)) return raw;
  problems.push({ param, message: 'must be a calendar day written YYYY-MM-DD' });
  return undefined;
}

/**
 * Reads a view from URL parameters (an explorer or embed URL); other parameters are left to
 * the caller. Every malformed value is reported with its parameter, none is silently dropped.
 */
export function readView(p: URLSearchParams): {
  readonly view: EmbedView;
  readonly problems: readonly ViewProblem[];
} {
  const problems: ViewProblem[] = [];
  const expanded = p.get('expanded');
  const from = day(p, 'from', problems);
  const to = day(p, 'to', problems);
  const asOf = day(p, 'asOf', problems);
  if (from && to && from > to) problems.push({ param: 'to', message: 'is before from' });
  const entity = p.get('entity');
  const fact = p.get('fact');
  let selected: EmbedView['selected'];
  if (entity !== null && fact !== null) {
    problems.push({ param: 'fact', message: 'select an entity or a fact, not both' });
  } else if (entity !== null || fact !== null) {
    const id = entity ?? fact ?? '';
    if (ID.test(id)) selected = { kind: entity !== null ? 'entity' : 'fact', id };
    else problems.push({ param: entity !== null ? 'entity' : 'fact', message: 'is not an id' });
  }
  const view: EmbedView = {
    scope: expanded === null ? 'all' : 'expanded',
    expanded: list(p, 'expanded', ID, 'an entity id', problems),
    hidden: list(p, 'hidden', ID, 'an entity id', problems),
    hiddenKinds: list(p, 'hideKinds', KIND, 'an entity kind', problems),
    hiddenTypes: list(p, 'hideTypes', TYPE, 'a fact type', problems),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(asOf ? { asOf } : {}),
    ...(selected ? { selected } : {}),
  };
  if (view.scope === 'expanded' && view.expanded.length === 0 && !problems.length) {
    problems.push({ param: 'expanded', message: 'names no entity: the view would be empty' });
  }
  return { view: normaliseView(view), problems };
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
  for (const key of [...VIEW_PARAMS, 'sig']) {
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
  const { nodes, edges } = filterGraph(graph, view);
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

/**
 * The `<iframe>` that embeds a view: full width of its column unless `width` is given, the
 * chosen height, sandboxed (scripts and its own origin, for its data; popups for the link back).
 */
export function iframeSnippet(src: string, title: string, height: number, width?: number): string {
  const w = width === undefined ? '100%' : String(width);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${w}" height="${height}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}
