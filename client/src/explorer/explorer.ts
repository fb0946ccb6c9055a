// The explorer, wired: one store (state/store.ts: history, limits, the address) that every
// control dispatches to, the effects that read what the view needs, and the views that draw the
// state. The URL always holds the view, so a link restores it.
import * as api from '../api';
import type { GraphViewEvents } from '../graph/GraphView';
import { TimelineView } from '../timeline/TimelineView';
import { mergeSection } from './merge-section';
import type { AuthoringHost } from '../authoring/authoring-host';
import { entityAuthoring, factAuthoring } from '../authoring/details-sections';
import { createTimeControls } from '../timeline/time-controls';
import { AddressBar } from './address-bar';
import { DataLoader } from './data-loader';
import type { DetailsActions } from './details-panel';
import { DetailsView } from './details-view';
import { embedScopes, type EmbedScope } from './embed-scopes';
import { ExplorerEffects } from './explorer-effects';
import { exportView, type ExportFormat } from './export-view';
import { datasetCaption } from './first-view-note';
import { GraphPanel } from './graph-panel';
import { LoadedGraph } from './loaded-graph';
import { createPathsPanel } from './paths-panel';
import { createQueryPanel } from './query-panel';
import { createSearchBox } from './search-box';
import { SourceNotes } from './source-notes';
import { nameOf } from './state/explorer-state';
import { ExplorerStore } from './state/store';
import { StatusLine } from './status-line';
import { TimelinePanel } from './timeline-panel';
import { encodeState, type Selection } from './view-state';
import { visibleGraph } from './visible-graph';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { StoryStepLayout } from '../../../server/domain/wire/story';

/** The page's elements the explorer fills and listens to. */
export interface ExplorerElements {
  readonly svg: SVGSVGElement;
  readonly status: HTMLElement;
  readonly search: HTMLElement;
  readonly details: HTMLElement;
  readonly filters: HTMLElement;
  readonly paths: HTMLElement;
  readonly legend: HTMLElement;
  readonly list: HTMLElement;
  readonly undo: HTMLButtonElement;
  readonly redo: HTMLButtonElement;
  /** Where an "as of" day's states are said in words. */
  readonly asOf: HTMLElement;
  /** Where the page says which dataset it shows (`datasetCaption`). */
  readonly dataset: HTMLElement;
  readonly exports: HTMLElement;
  readonly query: HTMLElement;
  readonly timeline: SVGSVGElement;
  readonly timeControls: HTMLElement;
}

/** The explorer: its store, the effects that read, and the views and panels that draw. */
export class Explorer {
  private readonly store: ExplorerStore;
  private readonly loader: DataLoader;
  private readonly graph: GraphPanel;
  private readonly effects: ExplorerEffects;
  /** What the authoring forms (details sections, the "Add to the graph" panel) work with. */
  readonly authoring: AuthoringHost;
  /** Opens the Embed dialog on a scope (set by the page once the dialog exists). */
  onEmbed: ((scope: EmbedScope['key'], opener: HTMLElement) => void) | undefined;

  constructor(ui: ExplorerElements, factTypes: FactTypeLookup) {
    const status = new StatusLine(ui.status);
    const store = new ExplorerStore((view) => address.write(view));
    const dispatch = store.dispatch.bind(store);
    const address = new AddressBar({
      currentView: () => store.getState().view,
      fail: (text) => dispatch({ type: 'notice', text, error: true }),
    });
    this.store = store;
    this.loader = new DataLoader(store, {
      parts: new LoadedGraph({
        firstView: (known) =>
          api.fetchGraph(known).then((graph) => {
            ui.dataset.textContent = datasetCaption(graph);
            return graph;
          }),
        neighbourhood: (id, known) => api.fetchNeighbourhood(id, known),
      }),
      inForce: (day) => api.fetchInForce(day),
    });
    const events: GraphViewEvents = {
      onSelect: (selection) => void this.select(selection),
      onExpand: (id) => dispatch({ type: 'expand', id }),
      onViewport: (viewport) => dispatch({ type: 'viewport', viewport }),
    };
    this.graph = new GraphPanel(ui, events, store, status, factTypes);
    const timelineView = new TimelineView(ui.timeline, {
      onBrush: (range) => dispatch({ type: 'range', from: range?.from, to: range?.to }),
      onSelectFact: (id) => void this.select({ kind: 'fact', id }),
    });
    const timeControls = createTimeControls(ui.timeControls, {
      setAsOf: (day) => void this.effects.setAsOf(day),
      setKnown: (day) => dispatch({ type: 'known', day }),
      setPlaying: (playing) => this.effects.setPlaying(playing),
      setLanes: (by) => dispatch({ type: 'lanes', by }),
      compare: (from, to) => void this.effects.compare(from, to),
      clearCompare: () => dispatch({ type: 'clearCompare' }),
    });
    new TimelinePanel(ui.timeline, timelineView, timeControls, store, factTypes);
    const sourceNotes = new SourceNotes();
    const authoring: AuthoringHost = {
      factTypes,
      sources: () => store.getState().data.graph.attributes.sources,
      entityName: (id) => nameOf(store.getState(), id),
      search: (text, signal) => api.search(text, signal),
      // After a save or revert: read the view again, select what was saved, show it anew.
      saved: (selection) =>
        void this.reload(location.search)
          .then(() => this.select(selection, true))
          .then(() => details.show()),
    };
    this.authoring = authoring;
    const actions: DetailsActions = {
      expand: (id) => dispatch({ type: 'expand', id }),
      collapse: (id) => dispatch({ type: 'collapse', id }),
      isExpanded: (id) => store.getState().view.expanded.includes(id),
      hide: (id) => dispatch({ type: 'hide', id }),
      select: (id) => {
        // The button pressed is redrawn away: the focus goes to the new details' heading.
        details.focusOnShow();
        void this.select({ kind: 'entity', id }, true);
      },
      pathFrom: (id) => paths.setFrom(id, nameOf(store.getState(), id)),
      focus: (id, depth) => void this.effects.focus(id, depth),
      unpin: (id) => {
        this.graph.renderer.unpin(id);
        void details.show();
      },
      sourceNote: (id) => sourceNotes.note(id),
      embed: (_id, opener) => this.onEmbed?.('entity', opener),
      mergeSection: (id, name) =>
        mergeSection(id, name, {
          changed: (kept) => {
            void this.reload(location.search).then(
              () => void this.select({ kind: 'entity', id: kept }, true),
            );
          },
        }),
      entityAuthoring: (entity) => entityAuthoring(authoring, entity),
      factAuthoring: (edge) => factAuthoring(authoring, edge),
    };
    const details = new DetailsView(ui.details, store, {
      actions,
      isPinned: (id) => this.graph.renderer.isPinned(id),
      factTypes,
    });
    // After the views, so a notice given with a redraw is what the status line says last.
    status.follow(store);
    ui.search.replaceChildren(
      createSearchBox({
        label: 'Search entities',
        placeholder: 'Search: Gucci, YSL, Kering Group…',
        search: (text, signal) => api.search(text, signal),
        onPick: (hit) => {
          // From the search box straight to what was picked: its details get the focus.
          details.focusOnShow();
          void this.select({ kind: 'entity', id: hit.id }, true);
        },
      }),
    );
    const paths = createPathsPanel(ui.paths, {
      search: (text, signal) => api.search(text, signal),
      onPair: (from, to) => void this.effects.showPath(from, to),
      onClear: () => dispatch({ type: 'clearPath' }),
      onEmbed: (opener) => this.onEmbed?.('path', opener),
    });
    createQueryPanel(
      ui.query,
      (text) => api.runCypher(text),
      (ids) => void this.effects.showQueryResult(ids),
    );
    this.effects = new ExplorerEffects({
      store,
      loader: this.loader,
      address,
      renderer: () => this.graph.renderer,
      paths,
      timeControls,
      details,
      sourceNotes,
    });
    ui.undo.addEventListener('click', () => dispatch({ type: 'undo' }));
    ui.redo.addEventListener('click', () => dispatch({ type: 'redo' }));
    for (const button of ui.exports.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
      button.addEventListener('click', () => {
        const { view, data } = store.getState();
        const format = button.dataset.format as ExportFormat;
        exportView(format, ui.svg, visibleGraph(data.graph, view, undefined, true)).catch(
          (error: unknown) => {
            dispatch({
              type: 'notice',
              text: `Export failed: ${(error as Error).message}`,
              error: true,
            });
          },
        );
      });
    }
    window.addEventListener('popstate', () => void this.restore(location.search));
    // "/" jumps to search from anywhere but a text field; Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y
    // redoes (Cmd on a Mac), outside text fields, whose own undo stays theirs.
    window.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const tag = target?.tagName ?? '';
      if (['INPUT', 'TEXTAREA'].includes(tag)) return;
      const key = event.key.toLowerCase();
      if (event.key === '/') {
        event.preventDefault();
        ui.search.querySelector('input')?.focus();
      } else if (
        (event.ctrlKey || event.metaKey) &&
        (key === 'z' || key === 'y') &&
        tag !== 'SELECT'
      ) {
        event.preventDefault();
        dispatch({ type: key === 'y' || event.shiftKey ? 'redo' : 'undo' });
      }
    });
  }

  /** After new data arrived (an import): forgets what was loaded and restores the view. */
  async reload(search: string): Promise<void> {
    this.loader.forget();
    await this.restore(search);
  }

  /** The view's whole query string (also when the address bar holds a saved-view link). */
  currentQuery(): string {
    return encodeState(this.store.getState().view);
  }

  /**
   * The view's query with the camera as drawn now (`view=`, also after a fit), and where the
   * drawing has its entities and its size: what a story step keeps to frame the same region.
   */
  currentDrawing(): { readonly query: string; readonly layout?: StoryStepLayout } {
    const drawing = this.graph.drawing();
    if (!drawing) return { query: this.currentQuery() };
    const { camera, width, height, positions } = drawing;
    const query = encodeState({ ...this.store.getState().view, viewport: camera });
    return { query, layout: { width, height, positions } };
  }

  /** The entities and facts drawn highlighted now (a path, a comparison, a query's result). */
  currentHighlight():
    { readonly nodes: readonly string[]; readonly edges: readonly string[] } | undefined {
    return this.store.getState().highlight;
  }

  /** The sources (titles) of the facts the view selects or highlights, for a story step. */
  citedSources(): string[] {
    const { view, data, highlight } = this.store.getState();
    const graph = visibleGraph(data.graph, view);
    const keys = new Set(highlight?.edges ?? []);
    if (view.selected?.kind === 'fact') keys.add(view.selected.id);
    const entity = view.selected?.kind === 'entity' ? view.selected.id : undefined;
    const ids = graph.edges
      .filter((e) => keys.has(e.key) || e.source === entity || e.target === entity)
      .flatMap((e) => e.attributes.sources.map((c) => c.source));
    return [...new Set(ids)].map((id) => data.graph.attributes.sources[id]?.title ?? id);
  }

  /** What else the Embed dialog may embed now: the selection, the path shown. */
  embedScopes(): EmbedScope[] {
    const known = this.store.getState().view.known;
    return embedScopes(this.store.getState(), (id) =>
      api.fetchNeighbourhood(id, known).then((g) => g.nodes.map((n) => n.key)),
    );
  }

  /** How many entities the view draws now (what an embed of it would draw). */
  shownEntities(): number {
    return this.graph.shownEntities;
  }

  /** Loads the state from the URL and draws it. */
  restore(search: string): Promise<void> {
    return this.effects.restore(search);
  }

  /** Selects an entity or a fact (loading an entity not in view); `centre` moves the camera to it. */
  select(selection: Selection | undefined, centre = false): Promise<void> {
    return this.effects.select(selection, centre);
  }
}
