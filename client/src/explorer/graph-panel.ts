// The graph and what is drawn beside it: subscribes to the store and, when the view's data is
// ready and something it draws from changed, draws the visible graph (SVG, or Canvas beyond
// `LARGE_GRAPH` entities), its legend, filters, fact list and counts. It only draws.
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import { uncertainOn } from '../../../server/domain/snapshot';
import { CanvasView } from '../graph/CanvasView';
import type { SavedDrawing } from '../graph/framing';
import { GraphView, type GraphViewEvents, type Highlight } from '../graph/GraphView';
import { LARGE_GRAPH } from '../graph/layout';
import type { GraphRenderer } from '../graph/renderer';
import { renderLegend } from '../graph/legend';
import { renderFactList } from './fact-list';
import { renderFilters } from './filters-panel';
import { inputsChanged, graphInputs, mayDraw, type DrawInputs } from './state/draw-inputs';
import { inForceOfView, type ExplorerState } from './state/explorer-state';
import { canRedo, canUndo } from './state/reducer';
import type { ExplorerStore } from './state/store';
import type { StatusLine } from './status-line';
import { countsOf, visibleGraph } from './visible-graph';
import { onDay, renderAsOf } from './as-of-state';

/** What the explorer needs of a drawing, SVG or Canvas: the one renderer interface. */
export type Renderer = GraphRenderer;

/** The elements the graph panel draws into. */
export interface GraphPanelElements {
  readonly svg: SVGSVGElement;
  readonly legend: HTMLElement;
  readonly filters: HTMLElement;
  readonly list: HTMLElement;
  readonly undo: HTMLButtonElement;
  readonly redo: HTMLButtonElement;
  /** Where the states of an "as of" day are said in words (`renderAsOf`). */
  readonly asOf: HTMLElement;
}

/** Sets from id lists, kept while the lists are the same objects. */
function memoSet(): (ids: readonly string[] | undefined) => ReadonlySet<string> | undefined {
  let last: readonly string[] | undefined;
  let set: ReadonlySet<string> | undefined;
  return (ids) => {
    if (ids !== last) set = ids && new Set(ids);
    last = ids;
    return set;
  };
}

/** The graph view and its companions, drawn from the store's state. */
export class GraphPanel {
  private readonly svgView: GraphView;
  private canvasView: CanvasView | undefined;
  private view: Renderer;
  private shown = 0;
  private drawn: DrawInputs | undefined;
  private readonly inForceSet = memoSet();
  private readonly nodeSet = memoSet();
  private readonly edgeSet = memoSet();

  constructor(
    private readonly ui: GraphPanelElements,
    private readonly events: GraphViewEvents,
    private readonly store: ExplorerStore,
    private readonly status: StatusLine,
    /** The explorer's fact types: edge labels, filters, sentences, states. */
    private readonly factTypes: FactTypeLookup,
  ) {
    this.svgView = new GraphView(ui.svg, events, factTypes);
    this.view = this.svgView;
    store.subscribe((state, _previous, action) => {
      ui.undo.disabled = !canUndo(state);
      ui.redo.disabled = !canRedo(state);
      const inputs = graphInputs(state);
      if (!mayDraw(state, action) || !inputsChanged(this.drawn, inputs)) return;
      this.drawn = inputs;
      this.draw(state);
    });
  }

  /** The drawing in use now (it changes with the graph's size). */
  get renderer(): Renderer {
    return this.view;
  }

  /** The SVG drawing as it is now (camera, size, places), for a story step; none on Canvas. */
  drawing(): SavedDrawing | undefined {
    return this.view === this.svgView ? this.svgView.drawing() : undefined;
  }

  /** How many entities the view draws now (what an embed of it would draw). */
  get shownEntities(): number {
    return this.shown;
  }

  /** SVG for graphs a reader can take in; Canvas, with the layout in a worker, beyond that. */
  private pickRenderer(size: number): void {
    const large = size > LARGE_GRAPH;
    if (large && !this.canvasView) {
      const host = this.ui.svg.parentElement;
      if (!host) return;
      this.canvasView = new CanvasView(host, this.events, this.factTypes);
      this.ui.svg.classList.add('hidden');
      this.view = this.canvasView;
    } else if (!large && this.canvasView) {
      this.canvasView.destroy();
      this.canvasView = undefined;
      this.ui.svg.classList.remove('hidden');
      this.view = this.svgView;
    }
  }

  private highlightOf(state: ExplorerState): Highlight | undefined {
    const nodes = this.nodeSet(state.highlight?.nodes);
    const edges = this.edgeSet(state.highlight?.edges);
    return nodes && edges ? { nodes, edges } : undefined;
  }

  private draw(state: ExplorerState): void {
    const { view, data } = state;
    const visible = onDay(
      visibleGraph(data.graph, view, this.inForceSet(inForceOfView(state))),
      view.asOf,
      this.factTypes,
    );
    this.shown = visible.nodes.length;
    this.pickRenderer(visible.nodes.length);
    this.view.update(visible, view.selected, this.highlightOf(state));
    // On an "as of" day, states whose standing is uncertain are drawn dashed and listed so.
    const uncertain = view.asOf
      ? uncertainOn(visible.edges, view.asOf, this.factTypes)
      : new Set<string>();
    this.view.markUncertain(uncertain);
    renderAsOf(this.ui.asOf, visible, view.asOf, uncertain, this.factTypes);
    renderLegend(this.ui.legend, visible);
    renderFilters(this.ui.filters, countsOf(data.graph), view, this.factTypes, (change) =>
      this.store.dispatch({ type: 'filter', change }),
    );
    renderFactList(this.ui.list, visible, uncertain, this.factTypes);
    const sources = Object.keys(visible.attributes.sources).length;
    const note = view.scope === 'all' ? data.firstViewNote : '';
    this.status.say(
      visible.nodes.length === 0
        ? 'Nothing to show: search for an entity to start.'
        : `${visible.nodes.length} entities, ${visible.edges.length} facts, ${sources} sources${note}`,
    );
  }
}
