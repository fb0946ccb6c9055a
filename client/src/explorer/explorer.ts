// The explorer: owns the view state and the loaded graph, asks the API, and tells the graph
// view and the panels what to show. The URL always holds the state, so a link restores the view.
import * as api from '../api';
import type { SerializedGraph } from '../../../server/domain/model';
import { factSentence } from '../../../server/domain/sentences';
import { uncertainOn } from '../../../server/domain/snapshot';
import { CanvasView } from '../graph/CanvasView';
import { GraphView, type GraphViewEvents, type Highlight } from '../graph/GraphView';
import { LARGE_GRAPH } from '../graph/layout';
import { renderLegend } from '../graph/legend';
import { renderEntity, renderFact, type DetailsActions } from './details-panel';
import { el } from './dom';
import { exportView, type ExportFormat } from './export-view';
import { renderFilters } from './filters-panel';
import { createPathsPanel } from './paths-panel';
import { createQueryPanel } from './query-panel';
import { createSearchBox } from './search-box';
import { TimelineView } from '../timeline/TimelineView';
import type { LaneKey } from '../timeline/timeline-model';
import { storyOf } from '../timeline/story';
import { graphTimeline, timelineOf } from '../timeline/graph-timeline';
import { renderStory } from '../timeline/story-panel';
import { createTimeControls, type TimeControls } from '../timeline/time-controls';
import {
  addressOf,
  decodeState,
  encodeState,
  INITIAL_STATE,
  SAVED_PARAM,
  savedViewOf,
  type Selection,
  type ViewState,
} from './view-state';
import { countsOf, mergeGraphs, visibleGraph } from './visible-graph';
import { LoadedGraph } from './loaded-graph';
import { LIMITS } from '../../../server/domain/limits';
import { firstViewNote } from './first-view-note';
import { SourceNotes } from './source-notes';

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
  readonly exports: HTMLElement;
  readonly query: HTMLElement;
  readonly timeline: SVGSVGElement;
  readonly timeControls: HTMLElement;
}

/** What the explorer needs of a drawing, SVG or Canvas. */
type Renderer = Pick<
  GraphView,
  'update' | 'setViewport' | 'fit' | 'centreOn' | 'isPinned' | 'unpin' | 'markUncertain'
> & {
  focusNode(id: string): void;
};

/** The explorer: view state, loaded graph, URL, and the views and panels it drives. */
export class Explorer {
  private state: ViewState = INITIAL_STATE;
  private loaded: SerializedGraph = mergeGraphs([]);
  private readonly parts = new LoadedGraph({
    firstView: () => api.fetchGraph(),
    neighbourhood: (id) => api.fetchNeighbourhood(id),
  });
  private readonly history: ViewState[] = [];
  private highlight: Highlight | undefined;
  private readonly svgView: GraphView;
  private canvasView: CanvasView | undefined;
  private view: Renderer;
  private readonly pathsPanel: ReturnType<typeof createPathsPanel>;
  private readonly actions: DetailsActions;
  private readonly events: GraphViewEvents;
  private readonly timelineView: TimelineView;
  private readonly timeControls: TimeControls;
  private readonly inForce = new Map<string, Set<string>>();
  private lanesBy: LaneKey = 'entity';
  private shown = 0;
  /** Counts time-travel choices, so a day read late never overrides a later choice. */
  private asOfTicket = 0;
  /** Sources of imports that did not finish, noted in the details. */
  private readonly sourceNotes = new SourceNotes();

  constructor(private readonly ui: ExplorerElements) {
    this.events = {
      onSelect: (selection) => void this.select(selection),
      onExpand: (id) => void this.expand(id),
      onViewport: (viewport) => this.replaceState({ ...this.state, viewport }, false),
    };
    this.svgView = new GraphView(ui.svg, this.events);
    this.timelineView = new TimelineView(ui.timeline, {
      onBrush: (range) => this.change({ ...this.state, from: range?.from, to: range?.to }),
      onSelectFact: (id) => void this.select({ kind: 'fact', id }),
    });
    this.view = this.svgView;
    this.showDatabaseWaits();
    this.actions = {
      expand: (id) => void this.expand(id),
      collapse: (id) => void this.collapse(id),
      isExpanded: (id) => this.state.expanded.includes(id),
      hide: (id) => this.hide(id),
      select: (id) => void this.select({ kind: 'entity', id }, true),
      pathFrom: (id) => this.pathsPanel.setFrom(id, this.nameOf(id)),
      unpin: (id) => {
        this.view.unpin(id);
        void this.showDetails();
      },
      sourceNote: (id) => this.sourceNotes.note(id),
    };
    ui.search.replaceChildren(
      createSearchBox({
        label: 'Search entities',
        placeholder: 'Search: Gucci, YSL, Kering Group…',
        search: (text, signal) => api.search(text, signal),
        onPick: (hit) => void this.select({ kind: 'entity', id: hit.id }, true),
      }),
    );
    this.pathsPanel = createPathsPanel(ui.paths, {
      search: (text, signal) => api.search(text, signal),
      onPair: (from, to) => void this.showPath(from, to),
      onClear: () => {
        this.highlight = undefined;
        this.change({ ...this.state, path: undefined });
      },
    });
    createQueryPanel(
      ui.query,
      (text) => api.runCypher(text),
      (ids) => void this.showQueryResult(ids),
    );
    this.timeControls = createTimeControls(ui.timeControls, {
      setAsOf: (day) => void this.setAsOf(day),
      setPlaying: (playing) => {
        // A pause drops the step still reading its day: the view stays where it was paused.
        if (!playing) this.asOfTicket += 1;
        this.replaceState({ ...this.state, playing: playing || undefined }, false);
      },
      setLanes: (by) => {
        this.lanesBy = by;
        this.renderTimeline();
      },
      compare: (from, to) => void this.compare(from, to),
      clearCompare: () => this.change({ ...this.state, compare: undefined }),
    });
    ui.undo.addEventListener('click', () => this.undo());
    for (const button of ui.exports.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
      button.addEventListener('click', () => {
        const format = button.dataset.format as ExportFormat;
        exportView(format, ui.svg, visibleGraph(this.loaded, this.state)).catch(
          (error: unknown) => {
            this.setStatus(`Export failed: ${(error as Error).message}`, true);
          },
        );
      });
    }
    window.addEventListener('popstate', () => void this.restore(location.search));
    // "/" jumps to search from anywhere but a text field.
    window.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      if (event.key === '/' && !['INPUT', 'TEXTAREA'].includes(target?.tagName ?? '')) {
        event.preventDefault();
        ui.search.querySelector('input')?.focus();
      }
    });
  }

  /** After new data arrived (an import): forgets what was loaded and restores the view. */
  async reload(search: string): Promise<void> {
    this.parts.forget();
    await this.restore(search);
  }

  /** The view's whole query string (also when the address bar holds a saved-view link). */
  currentQuery(): string {
    return encodeState(this.state);
  }

  /** How many entities the view draws now (what an embed of it would draw). */
  shownEntities(): number {
    return this.shown;
  }

  /** The query string a URL stands for: itself, or the saved view it links to. */
  private async queryOf(search: string): Promise<string> {
    const saved = savedViewOf(search);
    if (!saved) return search;
    try {
      return await api.readSavedView(saved);
    } catch (error) {
      this.setStatus(`Could not open the saved view: ${(error as Error).message}`, true);
      throw error;
    }
  }

  /** Loads the state from the URL and draws it. */
  async restore(search: string): Promise<void> {
    this.state = decodeState(await this.queryOf(search));
    await this.load();
    if (this.state.asOf) await this.inForceOn(this.state.asOf);
    this.render();
    this.view.setViewport(this.state.viewport);
    if (this.state.path) await this.showPath(this.state.path.from, this.state.path.to);
    if (this.state.compare) await this.compare(this.state.compare.from, this.state.compare.to);
    if (this.state.playing) this.timeControls.play();
    await this.sourceNotes.refresh();
    await this.showDetails();
  }

  /** Names of the loaded entities, by id. */
  private names(): Record<string, string> {
    return Object.fromEntries(this.loaded.nodes.map((n) => [n.key, n.attributes.name]));
  }

  private nameOf(id: string): string {
    return this.loaded.nodes.find((n) => n.key === id)?.attributes.name ?? id;
  }

  private async load(): Promise<void> {
    this.setStatus('Loading…');
    try {
      this.loaded = await this.parts.load(this.state.scope === 'all', this.state.expanded);
    } catch (error) {
      this.setStatus(`Could not load the graph: ${(error as Error).message}`, true);
      throw error;
    }
  }

  /** SVG for graphs a reader can take in; Canvas, with the layout in a worker, beyond that. */
  private pickRenderer(size: number): void {
    const large = size > LARGE_GRAPH;
    if (large && !this.canvasView) {
      const host = this.ui.svg.parentElement;
      if (!host) return;
      this.canvasView = new CanvasView(host, this.events);
      this.ui.svg.classList.add('hidden');
      this.view = this.canvasView;
    } else if (!large && this.canvasView) {
      this.canvasView.destroy();
      this.canvasView = undefined;
      this.ui.svg.classList.remove('hidden');
      this.view = this.svgView;
    }
  }

  private render(): void {
    const inForce = this.state.asOf ? this.inForce.get(this.state.asOf) : undefined;
    const visible = visibleGraph(this.loaded, this.state, inForce);
    this.shown = visible.nodes.length;
    this.pickRenderer(visible.nodes.length);
    this.view.update(visible, this.state.selected, this.highlight);
    // On an "as of" day, states whose standing is uncertain are drawn dashed and listed so.
    const uncertain = this.state.asOf
      ? uncertainOn(visible.edges, this.state.asOf)
      : new Set<string>();
    this.view.markUncertain(uncertain);
    renderLegend(this.ui.legend, visible);
    renderFilters(this.ui.filters, countsOf(this.loaded), this.state, (change) =>
      this.change({ ...this.state, ...change }),
    );
    this.renderList(visible, uncertain);
    this.renderTimeline();
    this.ui.undo.disabled = this.history.length === 0;
    const sources = Object.keys(visible.attributes.sources).length;
    this.setStatus(
      visible.nodes.length === 0
        ? 'Nothing to show: search for an entity to start.'
        : `${visible.nodes.length} entities, ${visible.edges.length} facts, ${sources} sources${
            this.state.scope === 'all' ? firstViewNote(this.parts.base) : ''
          }`,
    );
  }

  /** The timeline of the loaded facts under the filters (not the dates: a brush can widen). */
  private renderTimeline(): void {
    const panel = this.ui.timeline.parentElement;
    const large = this.loaded.nodes.length > LARGE_GRAPH;
    panel?.classList.toggle('hidden', large);
    if (large) return;
    const { model, days } = graphTimeline(this.loaded, this.lanesBy, this.state);
    const selectedFact = this.state.selected?.kind === 'fact' ? this.state.selected.id : undefined;
    this.timelineView.update(model, this.state, selectedFact, this.state.asOf);
    this.timeControls.setDays([...days]);
    this.timeControls.show(this.state.asOf, this.state.compare);
  }

  /** A plain list of the visible facts, for screen readers and for reading. */
  private renderList(visible: SerializedGraph, uncertain: ReadonlySet<string>): void {
    const names = new Map(visible.nodes.map((n) => [n.key, n.attributes.name]));
    const items = visible.edges.map((e) =>
      el('li', {
        text:
          factSentence(
            {
              type: e.attributes.type,
              subject: e.source,
              object: e.target,
              time: e.attributes.time,
            },
            (id) => names.get(id) ?? id,
          ) + (uncertain.has(e.key) ? ' (Uncertain on this day.)' : ''),
        ...(uncertain.has(e.key) ? { className: 'uncertain' } : {}),
      }),
    );
    this.ui.list.replaceChildren(el('ul', {}, ...items));
  }

  /** While the database restarts, the status line says so (the API retries by itself). */
  private showDatabaseWaits(): void {
    let before: { text: string; error: boolean } | undefined;
    api.onDatabaseWait((seconds) => {
      if (seconds !== undefined) {
        before ??= {
          text: this.ui.status.textContent,
          error: this.ui.status.classList.contains('error'),
        };
        this.setStatus(`Database restarting, retrying in ${seconds} s…`);
      } else if (before) {
        this.setStatus(before.text, before.error);
        before = undefined;
      }
    });
  }

  private setStatus(text: string, error = false): void {
    this.ui.status.textContent = text;
    this.ui.status.classList.toggle('error', error);
  }

  /** Records a state in history (for undo) and the URL, then redraws. */
  private change(next: ViewState): void {
    this.history.push(this.state);
    if (this.history.length > 100) this.history.shift();
    this.replaceState(next, true);
    this.render();
  }

  private replaceState(next: ViewState, redraw: boolean): void {
    this.state = next;
    const { query, inline } = addressOf(next);
    if (inline) history.replaceState(null, '', query ? `?${query}` : location.pathname);
    else void this.saveAddress(query);
    if (redraw) this.ui.undo.disabled = this.history.length === 0;
  }

  /** A view too long for a URL is saved on the server and linked by its id. */
  private async saveAddress(query: string): Promise<void> {
    try {
      const id = await api.saveView(query);
      if (encodeState(this.state) === query)
        history.replaceState(null, '', `?${SAVED_PARAM}=${id}`);
    } catch (error) {
      this.setStatus(
        `This view is too long for a link and could not be saved: ${(error as Error).message}`,
        true,
      );
    }
  }

  private undo(): void {
    const previous = this.history.pop();
    if (!previous) return;
    const reload =
      previous.scope !== this.state.scope ||
      previous.expanded.join() !== this.state.expanded.join();
    this.replaceState(previous, true);
    void (reload ? this.load() : Promise.resolve()).then(() => {
      this.render();
      void this.showDetails();
    });
  }

  async select(selection: Selection | undefined, centre = false): Promise<void> {
    let next: ViewState = { ...this.state, selected: selection };
    if (
      selection?.kind === 'entity' &&
      !this.loaded.nodes.some((n) => n.key === selection.id) &&
      this.roomToExpand()
    ) {
      next = { ...next, expanded: [...this.state.expanded, selection.id] };
      this.history.push(this.state);
      this.replaceState(next, true);
      await this.load();
      this.render();
    } else {
      this.change(next);
    }
    if (centre && selection?.kind === 'entity') {
      this.view.centreOn(selection.id);
      this.replaceState({ ...this.state, viewport: undefined }, false);
    }
    await this.showDetails();
  }

  /** Whether one more entity may be expanded; if not, the status line says why, in words. */
  private roomToExpand(): boolean {
    if (this.state.expanded.length < LIMITS.expandedPerView) return true;
    this.setStatus(
      `A view keeps at most ${LIMITS.expandedPerView} expanded entities: collapse one, or start from a search.`,
      true,
    );
    return false;
  }

  /** Adds one entity's neighbourhood to the view; only that entity is asked for. */
  private async expand(id: string): Promise<void> {
    if (this.state.expanded.includes(id) || !this.roomToExpand()) return;
    this.history.push(this.state);
    this.replaceState(
      {
        ...this.state,
        expanded: [...this.state.expanded, id],
        selected: { kind: 'entity', id },
      },
      true,
    );
    await this.load();
    this.render();
    await this.showDetails();
  }

  private async collapse(id: string): Promise<void> {
    const expanded = this.state.expanded.filter((x) => x !== id);
    this.history.push(this.state);
    this.replaceState({ ...this.state, expanded }, true);
    await this.load();
    this.render();
    await this.showDetails();
  }

  private hide(id: string): void {
    this.change({
      ...this.state,
      hidden: [...this.state.hidden, id],
      selected: this.state.selected?.id === id ? undefined : this.state.selected,
    });
    this.ui.details.replaceChildren(
      el('p', { className: 'meta', text: `${this.nameOf(id)} is hidden. Undo brings it back.` }),
    );
  }

  private async showQueryResult(ids: { entities: string[]; facts: string[] }): Promise<void> {
    this.history.push(this.state);
    this.highlight = { nodes: new Set(ids.entities), edges: new Set(ids.facts) };
    this.replaceState(
      { ...this.state, scope: 'expanded', expanded: ids.entities.slice(0, LIMITS.idsPerRequest) },
      true,
    );
    await this.load();
    this.render();
    this.view.fit();
  }

  private async inForceOn(day: string): Promise<Set<string>> {
    let facts = this.inForce.get(day);
    if (!facts) {
      facts = await api.fetchInForce(day);
      this.inForce.set(day, facts);
    }
    return facts;
  }

  /** Time travel: the graph as it stood on `day`, or every fact when undefined. */
  private async setAsOf(day: string | undefined): Promise<void> {
    const ticket = (this.asOfTicket += 1);
    try {
      if (day) await this.inForceOn(day);
      // A later day (or a pause) came while this one was read: that one wins.
      if (ticket !== this.asOfTicket) return;
      this.change({ ...this.state, asOf: day });
    } catch (error) {
      this.setStatus(`Could not travel in time: ${(error as Error).message}`, true);
    }
  }

  /** What changed between two days: listed, and highlighted in the graph. */
  private async compare(from: string, to: string): Promise<void> {
    try {
      const changes = await api.fetchChanges(from, to);
      this.timeControls.showChanges(changes);
      const facts = new Set(changes.flatMap((c) => c.facts));
      const edges = this.loaded.edges.filter((e) => facts.has(e.key));
      this.highlight = { nodes: new Set(edges.flatMap((e) => [e.source, e.target])), edges: facts };
      this.change({ ...this.state, compare: { from, to } });
    } catch (error) {
      this.timeControls.showChanges([
        { sentence: `Could not compare: ${(error as Error).message}`, sources: [] },
      ]);
    }
  }

  private async showPath(from: string, to: string): Promise<void> {
    try {
      const answer = await api.fetchPaths(from, to);
      this.pathsPanel.show(answer, from, to);
      this.highlight = {
        nodes: new Set(answer.paths.flatMap((p) => p.nodes)),
        edges: new Set(answer.paths.flatMap((p) => p.edges)),
      };
      const missing = answer.graph.nodes.some(
        (n) => !this.loaded.nodes.some((m) => m.key === n.key),
      );
      if (missing) this.loaded = mergeGraphs([this.loaded, answer.graph]);
      this.change({ ...this.state, path: { from, to } });
    } catch (error) {
      this.pathsPanel.error(`Could not find paths: ${(error as Error).message}`);
    }
  }

  private async showDetails(): Promise<void> {
    const selected = this.state.selected;
    const panel = this.ui.details;
    if (!selected) {
      panel.replaceChildren(
        el('p', {
          className: 'meta',
          text: 'Select an entity or a fact to see its details and sources.',
        }),
      );
      return;
    }
    if (selected.kind === 'fact') {
      const edge = this.loaded.edges.find((e) => e.key === selected.id);
      if (edge) renderFact(panel, edge, this.loaded, this.actions);
      else panel.replaceChildren(el('p', { text: 'That fact is not in the view.' }));
      return;
    }
    panel.replaceChildren(el('p', { className: 'meta', text: 'Loading…' }));
    try {
      const details = await api.fetchEntity(selected.id);
      if (this.state.selected?.id !== selected.id) return;
      renderEntity(panel, details, this.actions, this.view.isPinned(selected.id), (id) =>
        this.nameOf(id),
      );
      // The entity's story from its own facts (all of them, not only those loaded).
      const names = {
        ...this.names(),
        [details.entity.id]: details.entity.name,
        ...Object.fromEntries(details.facts.map((f) => [f.other.id, f.other.name])),
      };
      const timeline = timelineOf(
        details.facts.map((f) => f.fact),
        names,
        details.sources,
      );
      const disputed = new Set(
        details.facts.flatMap((f) =>
          f.conflictsWith.length > 0 && f.fact.attributes.claim ? [f.fact.attributes.claim] : [],
        ),
      );
      renderStory(
        panel,
        details.entity.id,
        details.entity.name,
        storyOf(timeline, details.entity.id, disputed),
      );
    } catch (error) {
      panel.replaceChildren(
        el('p', {
          className: 'error',
          text: `Could not load details: ${(error as Error).message}`,
        }),
      );
    }
  }
}
