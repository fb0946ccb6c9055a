// The explorer's whole view state, and its round trip through the URL (so a link restores it).
import { LIMITS } from '../../../server/domain/limits';
import { isIsoDay } from '../../../server/domain/time';
import {
  canonicalKind,
  ENTITY_KINDS,
  ENTITY_ID_PATTERN,
  FACT_TYPE_PATTERN,
  type EntityKind,
  type FactType,
} from '../../../server/domain/vocabulary';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export type Selection =
  { readonly kind: 'entity'; readonly id: string } | { readonly kind: 'fact'; readonly id: string };

export interface ViewState {
  /**
   * `all`: the whole graph (or its overview) plus the neighbourhoods of `expanded`;
   * `expanded`: only the neighbourhoods of `expanded`.
   */
  readonly scope: 'all' | 'expanded';
  readonly expanded: readonly string[];
  readonly hidden: readonly string[];
  /** Entity kinds left out of the view. */
  readonly hiddenKinds: readonly EntityKind[];
  /** Fact types left out of the view. */
  readonly hiddenTypes: readonly FactType[];
  readonly from?: string;
  readonly to?: string;
  readonly selected?: Selection;
  /** Time travel: show the graph as it stood on this day. */
  readonly asOf?: string;
  /** Whether time travel is stepping through the events. */
  readonly playing?: boolean;
  /** Two days whose differences are listed and highlighted. */
  readonly compare?: { readonly from: string; readonly to: string };
  /** Two entities whose connecting paths are shown. */
  readonly path?: { readonly from: string; readonly to: string };
  readonly viewport?: Viewport;
}

export const INITIAL_STATE: ViewState = {
  scope: 'all',
  expanded: [],
  hidden: [],
  hiddenKinds: [],
  hiddenTypes: [],
};

const ID = ENTITY_ID_PATTERN;
const ids = (raw: string | null): string[] =>
  (raw ?? '')
    .split(',')
    .filter((s) => ID.test(s))
    .slice(0, LIMITS.expandedPerView);

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  return (raw ?? '').split(',').filter((s): s is T => (allowed as readonly string[]).includes(s));
}

/** The state as URL query parameters; defaults are left out so links stay short. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.scope === 'expanded' || state.expanded.length > 0)
    p.set('expanded', state.expanded.join(','));
  if (state.scope === 'all' && state.expanded.length > 0) p.set('all', '1');
  if (state.hidden.length > 0) p.set('hidden', state.hidden.join(','));
  if (state.hiddenKinds.length > 0) p.set('hideKinds', state.hiddenKinds.join(','));
  if (state.hiddenTypes.length > 0) p.set('hideTypes', state.hiddenTypes.join(','));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.selected)
    p.set(state.selected.kind === 'entity' ? 'entity' : 'fact', state.selected.id);
  if (state.path) p.set('path', `${state.path.from},${state.path.to}`);
  if (state.asOf) p.set('asOf', state.asOf);
  if (state.playing) p.set('play', '1');
  if (state.compare) p.set('compare', `${state.compare.from},${state.compare.to}`);
  if (state.viewport) {
    const v = state.viewport;
    p.set('view', [v.x, v.y, v.k].map((n) => n.toFixed(n === v.k ? 3 : 1)).join(','));
  }
  return p.toString();
}

/** Reads a state from URL query parameters; anything malformed is ignored, never trusted. */
export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const expanded = p.get('expanded');
  const day = (key: string): string | undefined => {
    const v = p.get(key);
    return v !== null && isIsoDay(v) ? v : undefined;
  };
  const from = day('from');
  const to = day('to');
  const asOf = day('asOf');
  const [cFrom, cTo] = (p.get('compare') ?? '').split(',');
  const compare =
    cFrom !== undefined && cTo !== undefined && isIsoDay(cFrom) && isIsoDay(cTo) && cFrom <= cTo
      ? { from: cFrom, to: cTo }
      : undefined;
  const entity = p.get('entity');
  const fact = p.get('fact');
  const [pathFrom, pathTo] = ids(p.get('path'));
  const view = (p.get('view') ?? '').split(',').map(Number);
  const [x, y, k] = view;
  const viewport =
    view.length === 3 && view.every(Number.isFinite) && k !== undefined && k > 0 && k <= 10
      ? { x: x ?? 0, y: y ?? 0, k }
      : undefined;
  return {
    scope: expanded === null || p.get('all') === '1' ? 'all' : 'expanded',
    expanded: ids(expanded),
    hidden: ids(p.get('hidden')),
    hiddenKinds: oneOf(
      (p.get('hideKinds') ?? '').split(',').map(canonicalKind).join(','),
      ENTITY_KINDS,
    ),
    hiddenTypes: (p.get('hideTypes') ?? '').split(',').filter((t) => FACT_TYPE_PATTERN.test(t)),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(entity !== null && ID.test(entity)
      ? { selected: { kind: 'entity' as const, id: entity } }
      : fact !== null && ID.test(fact)
        ? { selected: { kind: 'fact' as const, id: fact } }
        : {}),
    ...(pathFrom && pathTo ? { path: { from: pathFrom, to: pathTo } } : {}),
    ...(asOf ? { asOf } : {}),
    ...(p.get('play') === '1' ? { playing: true } : {}),
    ...(compare ? { compare } : {}),
    ...(viewport ? { viewport } : {}),
  };
}
