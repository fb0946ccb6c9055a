// What each action does to the view, the highlights and the loaded data, with the product's
// limits (server/domain/limits.ts) applied. History is not touched here: `reduce` (reducer.ts)
// wraps this and is the only way in. Pure: no DOM, no fetch.
import { LIMITS } from '../../../../server/domain/limits';
import { mergeGraphs } from '../../../../server/domain/view-graph';
import type { ViewState } from '../view-state';
import type { ExplorerAction } from './actions';
import type { DataState, ExplorerState, Notice } from './explorer-state';

/** Why an entity was not expanded: the view holds `LIMITS.expandedPerView` already (copied per refusal, so each is shown). */
export const EXPANDED_LIMIT_NOTICE: Notice = {
  text: `A view keeps at most ${LIMITS.expandedPerView} expanded entities: collapse one, or start from a search.`,
  error: true,
};

/** Whether the view may expand one more entity (`LIMITS.expandedPerView`). */
export function roomToExpand(view: ViewState): boolean {
  return view.expanded.length < LIMITS.expandedPerView;
}

function withView(state: ExplorerState, change: Partial<ViewState>): ExplorerState {
  return { ...state, view: { ...state.view, ...change } };
}

function withData(state: ExplorerState, change: Partial<DataState>): ExplorerState {
  return { ...state, data: { ...state.data, ...change } };
}

function isLoaded(state: ExplorerState, id: string): boolean {
  return state.data.graph.nodes.some((n) => n.key === id);
}

/** Selecting an entity that is not loaded expands it, within the limit (else a notice says so). */
function select(state: ExplorerState, selection: ViewState['selected']): ExplorerState {
  const next = withView(state, { selected: selection });
  if (selection?.kind !== 'entity' || isLoaded(state, selection.id)) return next;
  if (!roomToExpand(state.view)) return { ...next, notice: { ...EXPANDED_LIMIT_NOTICE } };
  return withView(next, { expanded: [...state.view.expanded, selection.id] });
}

function expand(state: ExplorerState, id: string): ExplorerState {
  if (state.view.expanded.includes(id)) return state;
  if (!roomToExpand(state.view)) return { ...state, notice: { ...EXPANDED_LIMIT_NOTICE } };
  return withView(state, {
    expanded: [...state.view.expanded, id],
    selected: { kind: 'entity', id },
  });
}

/**
 * Only `id` and its neighbours (`depth` 1: its neighbourhood), or also their neighbours (`depth`
 * 2: the neighbourhoods of it and of each neighbour in the loaded graph), at most
 * `LIMITS.expandedPerView` neighbourhoods (a notice says when some were left out).
 */
function focus(state: ExplorerState, id: string, depth: 1 | 2): ExplorerState {
  const around = new Set<string>();
  if (depth === 2)
    for (const e of state.data.graph.edges) {
      if (e.source === id && e.target !== id) around.add(e.target);
      if (e.target === id && e.source !== id) around.add(e.source);
    }
  const wanted = [id, ...around];
  const expanded = wanted.slice(0, LIMITS.expandedPerView);
  const next = withView(state, {
    scope: 'expanded',
    expanded,
    hidden: [],
    selected: { kind: 'entity', id },
  });
  if (expanded.length === wanted.length) return next;
  const text = `Showing the neighbourhoods of ${expanded.length} of ${wanted.length} entities: a view keeps at most ${LIMITS.expandedPerView}.`;
  return { ...next, notice: { text, error: false } };
}

/** The facts that changed, highlighted with the loaded entities at their ends. */
function compare(state: ExplorerState, facts: readonly string[]): ExplorerState['highlight'] {
  const changed = new Set(facts);
  const edges = state.data.graph.edges.filter((e) => changed.has(e.key));
  return {
    nodes: [...new Set(edges.flatMap((e) => [e.source, e.target]))],
    edges: [...changed],
  };
}

/**
 * The state after `action`, history aside (undo and redo are `reduce`'s). Returns `state` itself
 * when the action changes nothing (an entity already expanded), so no history is recorded.
 */
export function applyAction(state: ExplorerState, action: ExplorerAction): ExplorerState {
  const view = state.view;
  switch (action.type) {
    case 'restore':
      // Read afresh: the loaded graph is kept to draw from, but asked for again.
      return {
        ...withData(state, { key: undefined, failed: undefined }),
        view: action.view,
      };
    case 'select':
      return select(state, action.selection);
    case 'expand':
      return expand(state, action.id);
    case 'focus':
      return focus(state, action.id, action.depth);
    case 'collapse':
      return withView(state, { expanded: view.expanded.filter((x) => x !== action.id) });
    case 'hide':
      return withView(state, {
        hidden: [...view.hidden, action.id],
        selected: view.selected?.id === action.id ? undefined : view.selected,
      });
    case 'filter':
      return withView(state, action.change);
    case 'range':
      return withView(state, { from: action.from, to: action.to });
    case 'asOf': {
      const next = withView(state, { asOf: action.day });
      if (action.day === undefined || action.inForce === undefined) return next;
      return withData(next, { inForce: { ...state.data.inForce, [action.day]: action.inForce } });
    }
    case 'known':
      return withView(state, { known: action.day });
    case 'path': {
      const { paths, graph } = action.found;
      const missing = graph.nodes.some((n) => !isLoaded(state, n.key));
      const next = {
        ...withView(state, { path: { from: action.from, to: action.to } }),
        highlight: {
          nodes: [...new Set(paths.flatMap((p) => p.nodes))],
          edges: [...new Set(paths.flatMap((p) => p.edges))],
        },
      };
      return missing ? withData(next, { graph: mergeGraphs([state.data.graph, graph]) }) : next;
    }
    case 'clearPath':
      return { ...withView(state, { path: undefined }), highlight: undefined };
    case 'compare':
      return {
        ...withView(state, { compare: { from: action.from, to: action.to } }),
        highlight: compare(state, action.facts),
      };
    case 'clearCompare':
      return withView(state, { compare: undefined });
    case 'queryResult':
      // Only the first `LIMITS.idsPerRequest` entities are expanded; all are highlighted.
      return {
        ...withView(state, {
          scope: 'expanded',
          expanded: action.entities.slice(0, LIMITS.idsPerRequest),
        }),
        highlight: { nodes: [...action.entities], edges: [...action.facts] },
      };
    case 'viewport':
      return withView(state, { viewport: action.viewport });
    case 'playing':
      return withView(state, { playing: action.playing || undefined });
    case 'lanes':
      return { ...state, lanesBy: action.by };
    case 'loaded':
      return withData(state, {
        key: action.key,
        failed: undefined,
        graph: action.graph,
        firstViewNote: action.firstViewNote,
      });
    case 'loadFailed':
      return {
        ...withData(state, { failed: action.key }),
        notice: { text: `Could not load the graph: ${action.message}`, error: true },
      };
    case 'inForce':
      return action.facts === undefined
        ? withData(state, { failedDays: [...state.data.failedDays, action.day] })
        : withData(state, { inForce: { ...state.data.inForce, [action.day]: action.facts } });
    case 'notice':
      return { ...state, notice: { text: action.text, error: action.error } };
    case 'undo':
    case 'redo':
      return state;
  }
}
