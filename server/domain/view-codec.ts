// The one URL codec of a view: the explorer's address and an embed's address write and read the
// same parameters with the same code, so a view means the same in both. Pure (no DOM, no Node):
// the server (embeds, oEmbed, saved views), the explorer and the embed page import it.
import { isIsoDay } from './time';
import { ENTITY_ID_PATTERN, FACT_TYPE_PATTERN } from './vocabulary';

/** What decides a view's data and state: its focus, filters, time state and selection. */
export interface ViewFields {
  /**
   * `all`: the first view (the whole graph, or its overview) plus the neighbourhoods of
   * `expanded`; `expanded`: only the neighbourhoods of `expanded`.
   */
  readonly scope: 'all' | 'expanded';
  readonly expanded: readonly string[];
  readonly hidden: readonly string[];
  /** Entity kinds left out of the view. */
  readonly hiddenKinds: readonly string[];
  /** Fact types left out of the view. */
  readonly hiddenTypes: readonly string[];
  readonly from?: string;
  readonly to?: string;
  /** Time travel: the graph as it stood on this day. */
  readonly asOf?: string;
  /** Record time: the graph as the product knew it at the end of this day (`known=`). */
  readonly known?: string;
  readonly selected?: { readonly kind: 'entity' | 'fact'; readonly id: string };
}

/** A camera position: translation in px and scale factor. */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** What only the explorer keeps in its address (camera, paths, playback, comparison). */
export interface ExplorerFields {
  readonly playing?: boolean;
  readonly compare?: { readonly from: string; readonly to: string };
  readonly path?: { readonly from: string; readonly to: string };
  readonly viewport?: Viewport;
}

/** URL parameters that carry `ViewFields`, in the order they are written. */
export const VIEW_PARAMS = [
  'expanded',
  'all',
  'hidden',
  'hideKinds',
  'hideTypes',
  'from',
  'to',
  'asOf',
  'known',
  'entity',
  'fact',
] as const;

/** URL parameters only the explorer writes, after the view's. */
export const EXPLORER_PARAMS = ['path', 'play', 'compare', 'view'] as const;

/** A malformed value, named by its URL parameter. */
export interface ViewProblem {
  readonly param: string;
  readonly message: string;
}

const ID = ENTITY_ID_PATTERN;
const KIND = /^[A-Z][A-Za-z0-9]{0,59}$/;
const TYPE = FACT_TYPE_PATTERN;

/**
 * A view as URL parameters, in the order of `VIEW_PARAMS` then `EXPLORER_PARAMS`; defaults are
 * left out so links stay short (the initial view is the empty query). Lists are written as given.
 */
export function encodeView(view: ViewFields & ExplorerFields): URLSearchParams {
  const p = new URLSearchParams();
  if (view.scope === 'expanded' || view.expanded.length > 0)
    p.set('expanded', view.expanded.join(','));
  if (view.scope === 'all' && view.expanded.length > 0) p.set('all', '1');
  if (view.hidden.length > 0) p.set('hidden', view.hidden.join(','));
  if (view.hiddenKinds.length > 0) p.set('hideKinds', view.hiddenKinds.join(','));
  if (view.hiddenTypes.length > 0) p.set('hideTypes', view.hiddenTypes.join(','));
  if (view.from) p.set('from', view.from);
  if (view.to) p.set('to', view.to);
  if (view.asOf) p.set('asOf', view.asOf);
  if (view.known) p.set('known', view.known);
  if (view.selected) p.set(view.selected.kind, view.selected.id);
  if (view.path) p.set('path', `${view.path.from},${view.path.to}`);
  if (view.playing) p.set('play', '1');
  if (view.compare) p.set('compare', `${view.compare.from},${view.compare.to}`);
  if (view.viewport) {
    const v = view.viewport;
    p.set('view', [v.x, v.y, v.k].map((n) => n.toFixed(n === v.k ? 3 : 1)).join(','));
  }
  return p;
}

function list(
  p: URLSearchParams,
  param: string,
  pattern: RegExp,
  what: string,
  maxIds: number,
  problems: ViewProblem[],
): string[] {
  const raw = p.get(param);
  if (raw === null || raw === '') return [];
  const items = raw.split(',');
  const bad = items.find((s) => !pattern.test(s));
  if (bad !== undefined) problems.push({ param, message: `"${bad}" is not ${what}` });
  else if (items.length > maxIds) problems.push({ param, message: `lists at most ${maxIds}` });
  return items.filter((s) => pattern.test(s)).slice(0, maxIds);
}

function day(p: URLSearchParams, param: string, problems: ViewProblem[]): string | undefined {
  const raw = p.get(param);
  if (raw === null || raw === '') return undefined;
  if (isIsoDay(raw)) return raw;
  problems.push({ param, message: 'must be a calendar day written YYYY-MM-DD' });
  return undefined;
}

function selection(p: URLSearchParams, problems: ViewProblem[]): ViewFields['selected'] {
  const entity = p.get('entity');
  const fact = p.get('fact');
  if (entity !== null && fact !== null)
    problems.push({ param: 'fact', message: 'select an entity or a fact, not both' });
  const [kind, id] = entity !== null ? (['entity', entity] as const) : (['fact', fact] as const);
  if (id === null) return undefined;
  if (ID.test(id)) return { kind, id };
  problems.push({ param: kind, message: 'is not an id' });
  return undefined;
}

/** The explorer's own fields; malformed ones are left out (and reported). */
function explorerFields(p: URLSearchParams, problems: ViewProblem[]): ExplorerFields {
  const pair = (param: string, ok: (s: string) => boolean) => {
    const raw = p.get(param);
    if (raw === null) return undefined;
    const [a, b, ...rest] = raw.split(',');
    if (a !== undefined && b !== undefined && rest.length === 0 && ok(a) && ok(b))
      return { from: a, to: b };
    problems.push({ param, message: 'must be two values separated by a comma' });
    return undefined;
  };
  const path = pair('path', (s) => ID.test(s));
  const days = pair('compare', isIsoDay);
  const compare = days && days.from <= days.to ? days : undefined;
  const raw = p.get('view');
  const [x, y, k] = (raw ?? '').split(',').map(Number);
  const viewport =
    raw !== null && raw.split(',').length === 3 && [x, y, k].every(Number.isFinite)
      ? k !== undefined && k > 0 && k <= 10
        ? { x: x ?? 0, y: y ?? 0, k }
        : undefined
      : undefined;
  if (raw !== null && !viewport) problems.push({ param: 'view', message: 'is not x,y,scale' });
  return {
    ...(path ? { path } : {}),
    ...(p.get('play') === '1' ? { playing: true } : {}),
    ...(compare ? { compare } : {}),
    ...(viewport ? { viewport } : {}),
  };
}

/**
 * Reads a view from URL parameters: every malformed value is reported with its parameter and
 * left out, lists are cut at `maxIds` items (reported too). Unknown parameters are ignored here;
 * callers that must refuse them (the embed API) check them themselves.
 */
export function decodeView(
  p: URLSearchParams,
  maxIds: number,
): { readonly view: ViewFields & ExplorerFields; readonly problems: readonly ViewProblem[] } {
  const problems: ViewProblem[] = [];
  const expanded = p.get('expanded');
  const from = day(p, 'from', problems);
  const to = day(p, 'to', problems);
  const asOf = day(p, 'asOf', problems);
  const known = day(p, 'known', problems);
  if (from && to && from > to) problems.push({ param: 'to', message: 'is before from' });
  const selected = selection(p, problems);
  const all = p.get('all');
  if (all !== null && all !== '1') problems.push({ param: 'all', message: 'must be 1' });
  const view = {
    scope: expanded === null || p.get('all') === '1' ? ('all' as const) : ('expanded' as const),
    expanded: list(p, 'expanded', ID, 'an entity id', maxIds, problems),
    hidden: list(p, 'hidden', ID, 'an entity id', maxIds, problems),
    hiddenKinds: list(p, 'hideKinds', KIND, 'an entity kind', maxIds, problems),
    hiddenTypes: list(p, 'hideTypes', TYPE, 'a fact type', maxIds, problems),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(asOf ? { asOf } : {}),
    ...(known ? { known } : {}),
    ...(selected ? { selected } : {}),
    ...explorerFields(p, problems),
  };
  if (view.scope === 'expanded' && view.expanded.length === 0 && !problems.length)
    problems.push({ param: 'expanded', message: 'names no entity: the view would be empty' });
  return { view, problems };
}
