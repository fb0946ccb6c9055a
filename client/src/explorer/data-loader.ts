// The effect that reads what the view needs: whenever the state's view asks for a graph (scope
// and expanded entities) or an "as of" day that has not been read, it reads it and dispatches
// the result. No action has to remember to load: the state says what is missing.
import type { LoadedGraph } from './loaded-graph';
import { firstViewNote } from './first-view-note';
import { dataKeyOf, dayReady, graphReady } from './state/explorer-state';
import type { ExplorerStore } from './state/store';

/** Where the loader reads from: the loaded graph's parts, and the facts in force on a day. */
export interface DataSources {
  readonly parts: LoadedGraph;
  readonly inForce: (day: string) => Promise<ReadonlySet<string>>;
}

/** Reads the graph and days the view needs, one read at a time, and dispatches what arrives. */
export class DataLoader {
  private running: Promise<void> | undefined;

  constructor(
    private readonly store: ExplorerStore,
    private readonly sources: DataSources,
  ) {
    store.subscribe(() => this.check());
  }

  /** Forgets every cached part (after an import changed the data); a restore reads again. */
  forget(): void {
    this.sources.parts.forget();
  }

  /** Resolves once everything the view needs has arrived (or failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** The facts in force on `day`: from the state when read before, else from the API. */
  async inForce(day: string): Promise<readonly string[]> {
    const known = this.store.getState().data.inForce[day];
    return known ?? [...(await this.sources.inForce(day))];
  }

  private check(): void {
    if (this.running || !this.missing()) return;
    // Started on the next microtask, so `running` is set before the first dispatch.
    this.running = Promise.resolve()
      .then(() => this.run())
      .finally(() => {
        this.running = undefined;
        this.check();
      });
  }

  private missing(): boolean {
    const state = this.store.getState();
    return !graphReady(state) || !dayReady(state);
  }

  private async run(): Promise<void> {
    for (;;) {
      const state = this.store.getState();
      if (!graphReady(state)) await this.loadGraph();
      else if (state.view.asOf !== undefined && !dayReady(state))
        await this.loadDay(state.view.asOf);
      else return;
    }
  }

  /** Whether the server knows no entity with this id (an expanded id from an address). */
  isUnknown(id: string): boolean {
    return this.sources.parts.unknown.has(id);
  }

  private async loadGraph(): Promise<void> {
    const view = this.store.getState().view;
    const key = dataKeyOf(view);
    this.store.dispatch({ type: 'notice', text: 'Loading…', error: false });
    try {
      const graph = await this.sources.parts.load(view.scope === 'all', view.expanded, view.known);
      const note = firstViewNote(this.sources.parts.base);
      this.store.dispatch({ type: 'loaded', key, graph, firstViewNote: note });
    } catch (error) {
      this.store.dispatch({ type: 'loadFailed', key, message: (error as Error).message });
    }
  }

  private async loadDay(day: string): Promise<void> {
    try {
      const facts = await this.sources.inForce(day);
      this.store.dispatch({ type: 'inForce', day, facts: [...facts] });
    } catch (error) {
      this.store.dispatch({ type: 'inForce', day, facts: undefined });
      const message = `Could not travel in time: ${(error as Error).message}`;
      this.store.dispatch({ type: 'notice', text: message, error: true });
    }
  }
}
