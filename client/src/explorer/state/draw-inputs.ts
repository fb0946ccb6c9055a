// What each view draws from, so a view redraws only when one of its inputs changed (by
// reference: the reducer keeps unchanged parts as they were). Pure: no DOM.
import type { ExplorerAction } from './actions';
import { inForceOfView, isReady, type ExplorerState } from './explorer-state';

/** View fields that change without a redraw: the camera and playback. */
const MOVES_WITHOUT_REDRAW: ReadonlySet<string> = new Set(['viewport', 'playing']);

/** A view's inputs, compared item by item with `Object.is`. */
export type DrawInputs = readonly unknown[];

/**
 * The graph view's inputs: the loaded graph, the facts in force, highlights and every view field
 * but the camera and playback (which move without a redraw).
 */
export function graphInputs(state: ExplorerState): DrawInputs {
  const fields = Object.entries(state.view)
    .filter(([key]) => !MOVES_WITHOUT_REDRAW.has(key))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return [
    state.data.graph,
    state.data.firstViewNote,
    inForceOfView(state),
    state.highlight,
    ...fields.flatMap(([key, value]: [string, unknown]) => [key, value]),
  ];
}

/** The timeline's inputs: the loaded graph, its lanes, the date range, day, comparison and selection. */
export function timelineInputs(state: ExplorerState): DrawInputs {
  const { from, to, asOf, compare, selected, hidden, hiddenKinds, hiddenTypes } = state.view;
  return [
    state.data.graph,
    state.lanesBy,
    from,
    to,
    asOf,
    compare,
    selected,
    hidden,
    hiddenKinds,
    hiddenTypes,
  ];
}

/** Whether two input lists differ (a view never drawn has `undefined`). */
export function inputsChanged(before: DrawInputs | undefined, after: DrawInputs): boolean {
  return before?.length !== after.length || before.some((item, i) => !Object.is(item, after[i]));
}

/**
 * Whether views may draw after `action`: the data the view needs is there, and the action was not
 * a failed read (that draws nothing: the status line says why; later changes draw what is held).
 */
export function mayDraw(state: ExplorerState, action: ExplorerAction): boolean {
  return action.type !== 'loadFailed' && isReady(state);
}
