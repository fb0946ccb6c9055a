// The explorer's store: holds the state, runs every action through `reduce` (history and its cap,
// limits) and writes every changed view to the address, then tells the subscribers (views and
// effects). Dispatching is the only way to change the state, so no path skips any of the three.
// Pure: the address is written through a function given to the constructor.
import type { ViewState } from '../view-state';
import { FROM_ADDRESS, type ExplorerAction } from './actions';
import { INITIAL_EXPLORER_STATE, type ExplorerState } from './explorer-state';
import { reduce } from './reducer';

/** Called after each action with the new state, the one before and the action. */
export type Listener = (
  state: ExplorerState,
  previous: ExplorerState,
  action: ExplorerAction,
) => void;

/** Writes a view to the address bar (the browser's, or a test's record of it). */
export type WriteAddress = (view: ViewState) => void;

/** The one holder of the explorer's state. */
export class ExplorerStore {
  private state: ExplorerState;
  private readonly listeners = new Set<Listener>();
  private readonly queue: ExplorerAction[] = [];
  private dispatching = false;

  constructor(
    private readonly writeAddress: WriteAddress,
    initial: ExplorerState = INITIAL_EXPLORER_STATE,
  ) {
    this.state = initial;
  }

  /** The current state (plain data; never change it, dispatch instead). */
  getState(): ExplorerState {
    return this.state;
  }

  /** Calls `listener` after every action from now on; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies `action`: reduces, writes the view to the address when it changed (unless the view
   * came from the address), then tells the subscribers in the order they subscribed. An action
   * dispatched by a subscriber runs after the current one has reached every subscriber.
   */
  dispatch(action: ExplorerAction): void {
    this.queue.push(action);
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) this.apply(next);
    } finally {
      this.dispatching = false;
    }
  }

  private apply(action: ExplorerAction): void {
    const previous = this.state;
    this.state = reduce(previous, action);
    if (this.state.view !== previous.view && !FROM_ADDRESS.has(action.type))
      this.writeAddress(this.state.view);
    for (const listener of [...this.listeners]) listener(this.state, previous, action);
  }
}
