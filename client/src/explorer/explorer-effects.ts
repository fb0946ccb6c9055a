// The explorer's steps that read from the API before they change the state (time travel, a
// comparison, paths, a query's result) or that follow a change with the camera (centre, fit),
// and restoring a view from its address. Each reads, then dispatches; the store does the rest.
import * as api from '../api';
import type { TimeControls } from '../timeline/time-controls';
import type { AddressBar } from './address-bar';
import type { DataLoader } from './data-loader';
import type { DetailsView } from './details-view';
import type { Renderer } from './graph-panel';
import type { createPathsPanel } from './paths-panel';
import type { SourceNotes } from './source-notes';
import type { ExplorerStore } from './state/store';
import { readState, type Selection } from './view-state';

/** What the steps drive besides the store. */
export interface EffectParts {
  readonly store: ExplorerStore;
  readonly loader: DataLoader;
  readonly address: AddressBar;
  readonly renderer: () => Renderer;
  readonly paths: ReturnType<typeof createPathsPanel>;
  readonly timeControls: TimeControls;
  readonly details: DetailsView;
  readonly sourceNotes: SourceNotes;
}

/** The explorer's asynchronous steps. */
export class ExplorerEffects {
  /** Counts time-travel choices, so a day read late never overrides a later choice. */
  private asOfTicket = 0;

  constructor(private readonly parts: EffectParts) {}

  /** Loads the view an address stands for and draws it, with its paths, comparison and playback. */
  async restore(search: string): Promise<void> {
    const { store, loader } = this.parts;
    const { view, problems } = readState(await this.parts.address.read(search));
    store.dispatch({ type: 'restore', view });
    await loader.idle();
    // A failed load already said why on the status line.
    if (store.getState().data.failed !== undefined) return;
    const unknown = view.expanded.filter((id) => loader.isUnknown(id));
    for (const id of unknown) problems.push(`expanded: no entity has the id "${id}"`);
    if (
      unknown.length > 0 &&
      unknown.length === view.expanded.length &&
      view.scope === 'expanded'
    ) {
      // Nothing known is left to show: open the first view instead of an empty page.
      store.dispatch({ type: 'restore', view: { ...view, scope: 'all', expanded: [] } });
      await loader.idle();
    }
    if (problems.length > 0) {
      const text = `Part of the address was not understood and was left out (${problems.join('; ')}); the rest is shown.`;
      store.dispatch({ type: 'notice', text, error: true });
    }
    this.parts.renderer().setViewport(view.viewport);
    if (view.path) await this.showPath(view.path.from, view.path.to);
    if (view.compare) await this.compare(view.compare.from, view.compare.to);
    if (view.playing) this.parts.timeControls.play();
    await this.parts.sourceNotes.refresh();
    await this.parts.details.show();
  }

  /** Selects (loading an entity not in the view), then centres the camera on it if asked. */
  async select(selection: Selection | undefined, centre = false): Promise<void> {
    const { store, loader } = this.parts;
    store.dispatch({ type: 'select', selection });
    await loader.idle();
    if (centre && selection?.kind === 'entity') {
      this.parts.renderer().centreOn(selection.id);
      store.dispatch({ type: 'viewport', viewport: undefined });
    }
  }

  /** Time travel: the graph as it stood on `day`, or every fact when undefined. */
  async setAsOf(day: string | undefined): Promise<void> {
    const ticket = (this.asOfTicket += 1);
    try {
      const inForce = day === undefined ? undefined : await this.parts.loader.inForce(day);
      // A later day (or a pause) came while this one was read: that one wins.
      if (ticket !== this.asOfTicket) return;
      this.parts.store.dispatch({ type: 'asOf', day, inForce });
    } catch (error) {
      const text = `Could not travel in time: ${(error as Error).message}`;
      this.parts.store.dispatch({ type: 'notice', text, error: true });
    }
  }

  /** Playback started or paused; a pause drops the step still reading its day. */
  setPlaying(playing: boolean): void {
    if (!playing) this.asOfTicket += 1;
    this.parts.store.dispatch({ type: 'playing', playing });
  }

  /** What changed between two days: listed, and highlighted in the graph. */
  async compare(from: string, to: string): Promise<void> {
    try {
      const changes = await api.fetchChanges(from, to);
      this.parts.timeControls.showChanges(changes);
      const facts = changes.flatMap((c) => c.facts);
      this.parts.store.dispatch({ type: 'compare', from, to, facts });
    } catch (error) {
      this.parts.timeControls.showChanges([
        { sentence: `Could not compare: ${(error as Error).message}`, sources: [] },
      ]);
    }
  }

  /** The paths between two entities: explained in the paths panel and highlighted. */
  async showPath(from: string, to: string): Promise<void> {
    try {
      const answer = await api.fetchPaths(from, to);
      this.parts.paths.show(answer, from, to);
      this.parts.store.dispatch({ type: 'path', from, to, found: answer });
    } catch (error) {
      this.parts.paths.error(`Could not find paths: ${(error as Error).message}`);
    }
  }

  /** Shows only an entity and its neighbours (and theirs, `depth` 2), then fits the view to them. */
  async focus(id: string, depth: 1 | 2): Promise<void> {
    this.parts.store.dispatch({ type: 'focus', id, depth });
    await this.parts.loader.idle();
    this.parts.renderer().fit();
  }

  /** An analyst query's entities become the view, highlighted, and the camera fits them. */
  async showQueryResult(ids: { entities: string[]; facts: string[] }): Promise<void> {
    this.parts.store.dispatch({ type: 'queryResult', entities: ids.entities, facts: ids.facts });
    await this.parts.loader.idle();
    this.parts.renderer().fit();
  }
}
