// The explorer's reducer: the one place undo and redo happen and the history is capped
// (`UNDO_STEPS`). Every action goes through `reduce`; what an action does to the view is
// `applyAction`'s. Pure: no DOM, no fetch.
import type { ViewState } from '../view-state';
import { HISTORY_ROLE, type ExplorerAction } from './actions';
import { applyAction } from './apply-action';
import type { ExplorerState } from './explorer-state';

/** Views the undo history keeps (and redo, after undoing); the oldest are forgotten. */
export const UNDO_STEPS = 100;

/** `list` with `item` added at the end, keeping the newest `UNDO_STEPS`. */
function pushCapped(list: readonly ViewState[], item: ViewState): readonly ViewState[] {
  return [...list, item].slice(-UNDO_STEPS);
}

/** `list` with `item` added at the front, keeping the first `UNDO_STEPS`. */
function unshiftCapped(list: readonly ViewState[], item: ViewState): readonly ViewState[] {
  return [item, ...list].slice(0, UNDO_STEPS);
}

/** Whether undo has a view to go back to. */
export function canUndo(state: ExplorerState): boolean {
  return state.past.length > 0;
}

/** Whether redo has an undone view to go forward to. */
export function canRedo(state: ExplorerState): boolean {
  return state.future.length > 0;
}

/**
 * The state after `action`. `record` actions that change the view put the view they leave at the
 * end of `past` (the oldest dropped beyond `UNDO_STEPS`) and clear `future`; `undo` and
 * `redo` move one view between `past`, `view` and `future` (nothing when there is none); the
 * others leave the history as it is.
 */
export function reduce(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (HISTORY_ROLE[action.type]) {
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        ...state,
        view: previous,
        past: state.past.slice(0, -1),
        future: unshiftCapped(state.future, state.view),
      };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return {
        ...state,
        view: next,
        past: pushCapped(state.past, state.view),
        future: state.future.slice(1),
      };
    }
    case 'record': {
      const next = applyAction(state, action);
      if (next.view === state.view) return next;
      return { ...next, past: pushCapped(state.past, state.view), future: [] };
    }
    case 'none':
      return applyAction(state, action);
  }
}
