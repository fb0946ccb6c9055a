// Draws the visible graph with D3 (SVG): symbols by kind, curved directed labelled edges, zoom,
// pan, drag, selection and highlights. It only draws: layout.ts computes positions,
// display-state.ts how each element looks, framing.ts where the camera goes; the explorer decides.
import * as d3 from 'd3';
import type { SerializedGraph } from '../../../server/domain/model';
import type { Selection, Viewport } from '../explorer/view-state';
import { displayState, LABEL_ZOOM } from './display-state';
import { stretchToView } from './aspect-fill';
import { centreTransform, fitTransform, type Camera } from './framing';
import { nearestInDirection, type Direction } from './keyboard';
import { buildLayoutGraph, runLayout, type LayoutLink, type LayoutNode } from './layout';
import { prominentIds } from './prominence';
import type { GraphRenderer, Highlight, RendererEvents } from './renderer';
import { edgeDash } from './style';
import { EdgeLabels } from './svg-edge-labels';
import { ProminentLabels } from './svg-labels';
import { drawPositions, joinEdges, joinNodes, nodeRadius, paintDisplay } from './svg-marks';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';

export type { Highlight };
/** The events a renderer sends (`RendererEvents`), by the name the explorer knows. */
export type GraphViewEvents = RendererEvents;

const toZoom = (c: Camera): d3.ZoomTransform => d3.zoomIdentity.translate(c.x, c.y).scale(c.k);

/** The SVG renderer: symbols by kind, curved labelled edges, zoom, pan, drag, selection. */
export class GraphView implements GraphRenderer {
  private readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly viewport: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly zoom: d3.ZoomBehavior<SVGSVGElement, unknown>;
  private readonly positions = new Map<string, { x: number; y: number }>();
  private simulation: d3.Simulation<LayoutNode, undefined> | undefined;
  private graph: SerializedGraph | undefined;
  private nodes: LayoutNode[] = [];
  private readonly pinned = new Set<string>();
  private selected: Selection | undefined;
  private highlight: Highlight | undefined;
  private hovered: string | undefined;
  private fitted = false;
  /** Whether every label shows at the current zoom (repainted only when this changes). */
  private zoomedIn = true;
  private readonly labels: ProminentLabels;
  private readonly edgeLabels: EdgeLabels;

  constructor(
    private readonly element: SVGSVGElement,
    private readonly events: RendererEvents,
    /** How fact types read on edges (the explorer's or the embed's registry). */
    private readonly factTypes: FactTypeLookup,
  ) {
    this.svg = d3.select(element);
    this.svg.selectAll(':scope > :not(title)').remove();
    this.svg
      .append('defs')
      .append('marker')
      .attr('id', 'arrow')
      .attr('viewBox', '0 -5 10 10')
      .attr('refX', 9)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('markerWidth', 9)
      .attr('markerHeight', 9)
      .attr('orient', 'auto')
      .append('path')
      .attr('class', 'arrow')
      .attr('d', 'M0,-5L10,0L0,5');
    this.viewport = this.svg.append('g').attr('class', 'viewport');
    this.viewport.append('g').attr('class', 'edges');
    this.viewport.append('g').attr('class', 'nodes');
    this.labels = new ProminentLabels(this.viewport);
    this.edgeLabels = new EdgeLabels(this.viewport, factTypes);
    this.zoom = d3
      .zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 6])
      .on('zoom', (event: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
        const t = event.transform;
        this.viewport.attr('transform', t.toString());
        if (t.k >= LABEL_ZOOM.svg !== this.zoomedIn) this.paint();
        this.placeLabels(t.k);
        if (event.sourceEvent) this.events.onViewport({ x: t.x, y: t.y, k: t.k });
      });
    this.svg.call(this.zoom).on('dblclick.zoom', null);
    this.svg.on('click', (event: MouseEvent) => {
      if (event.target === element) this.events.onSelect(undefined);
    });
  }

  /** Draws `graph`, keeping where already-drawn entities were. */
  update(
    graph: SerializedGraph,
    selected: Selection | undefined,
    highlight: Highlight | undefined,
  ): void {
    const { nodes, links } = buildLayoutGraph(graph);
    this.simulation?.stop();
    const simulation = runLayout(nodes, links, { initial: this.positions, pinned: this.pinned });
    // A first layout takes the view's shape, so the entities fill a wide screen too.
    const view = this.element.getBoundingClientRect();
    if (this.positions.size === 0) stretchToView(nodes, view.width, view.height);
    this.simulation = simulation;
    this.graph = graph;
    this.nodes = nodes;
    this.selected = selected;
    this.highlight = highlight;
    if (this.hovered !== undefined && !nodes.some((n) => n.id === this.hovered))
      this.hovered = undefined;
    this.labels.ids = prominentIds(nodes, graph.attributes.hubs);
    for (const n of nodes) this.positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });

    const edge = joinEdges(this.viewport, links, this.factTypes).on(
      'click',
      (event: MouseEvent, l) => {
        event.stopPropagation();
        this.events.onSelect({ kind: 'fact', id: l.id });
      },
    );
    const node = joinNodes(this.viewport, nodes, new Set(this.labels.ids));
    this.edgeLabels.assign(links, selected?.kind === 'fact' ? selected.id : undefined);
    this.listen(node);
    this.paint();
    const draw = (): void => {
      drawPositions(node, edge);
      this.placeLabels(d3.zoomTransform(this.element).k);
    };
    draw();
    simulation.on('tick', () => {
      draw();
      for (const n of nodes) this.positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
    });
    node.call(this.drag(simulation));
  }

  /** Places entity labels, then the fact labels that fit beside them and the symbols. */
  private placeLabels(k: number): void {
    this.labels.place(this.nodes, k);
    const symbols = this.nodes.map((n) => {
      const r = nodeRadius(n) * k;
      const [x, y] = [(n.x ?? 0) * k, (n.y ?? 0) * k];
      return { x0: x - r, x1: x + r, y0: y - r, y1: y + r };
    });
    const fact = this.selected?.kind === 'fact' ? this.selected.id : undefined;
    this.edgeLabels.place(k, [...this.labels.boxes, ...symbols], fact);
  }

  /** Paints every element's display state (display-state.ts) as classes. */
  private paint(): void {
    if (!this.graph) return;
    const zoom = d3.zoomTransform(this.element).k;
    this.zoomedIn = zoom >= LABEL_ZOOM.svg;
    const display = displayState(this.graph, {
      selected: this.selected,
      highlight: this.highlight,
      hovered: this.hovered,
      pinned: this.pinned,
      prominent: new Set(this.labels.ids),
      zoom,
      labelZoom: LABEL_ZOOM.svg,
    });
    paintDisplay(this.viewport, display);
    this.viewport.classed('hovering', this.hovered !== undefined);
  }

  private listen(node: d3.Selection<SVGGElement, LayoutNode, SVGGElement, unknown>): void {
    node
      .on('click', (event: MouseEvent, n) => {
        event.stopPropagation();
        this.events.onSelect({ kind: 'entity', id: n.id });
      })
      .on('dblclick', (event: MouseEvent, n) => {
        event.stopPropagation();
        this.events.onExpand(n.id);
      })
      .on('keydown', (event: KeyboardEvent, n) => this.key(event, n))
      .on('mouseenter focus', (_event: Event, n) => this.hover(n.id))
      .on('mouseleave blur', () => this.hover(undefined));
  }

  private key(event: KeyboardEvent, n: LayoutNode): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.events.onSelect({ kind: 'entity', id: n.id });
    } else if (event.key === '+') {
      this.events.onExpand(n.id);
    } else if (event.key === 'Escape') {
      this.events.onSelect(undefined);
    } else if (event.key in { ArrowLeft: 1, ArrowRight: 1, ArrowUp: 1, ArrowDown: 1 }) {
      event.preventDefault();
      const placed = this.nodes.map((m) => ({ id: m.id, x: m.x ?? 0, y: m.y ?? 0 }));
      const at = { id: n.id, x: n.x ?? 0, y: n.y ?? 0 };
      const next = nearestInDirection(placed, at, event.key as Direction);
      if (next) this.focusNode(next.id);
    }
  }

  private hover(id: string | undefined): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.paint();
  }

  /** Marks the facts whose standing on the view's day is uncertain (drawn dashed). */
  markUncertain(facts: ReadonlySet<string>): void {
    this.viewport
      .selectAll<SVGGElement, LayoutLink>('g.edge')
      .classed('uncertain', (l) => facts.has(l.id))
      .select<SVGPathElement>('.line')
      .style('stroke-dasharray', (l) => edgeDash(l.id, facts).join(' ') || null);
  }

  /** Moves the camera to a saved viewport, or fits everything the first time. */
  setViewport(viewport: Viewport | undefined): void {
    if (viewport) {
      this.moveTo(viewport);
      this.fitted = true;
    } else if (!this.fitted) {
      this.fit();
    }
  }

  private moveTo(camera: Camera): void {
    this.svg.call((s) => {
      this.zoom.transform(s, toZoom(camera));
    });
  }

  /** Centres and scales the view so every entity is visible (`fitTransform`). */
  fit(): void {
    const { width, height } = this.element.getBoundingClientRect();
    const camera = fitTransform(
      this.nodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0 })),
      width,
      height,
    );
    if (!camera) return;
    this.moveTo(camera);
    this.fitted = true;
  }

  /** Zooms about the centre of the view by `factor` (above 1 closer), as zoom buttons do. */
  zoomBy(factor: number): void {
    this.svg.call((s) => {
      this.zoom.scaleBy(s, factor);
    });
  }

  /** Brings an entity to the centre of the view (`centreTransform`). */
  centreOn(id: string): void {
    const node = this.nodes.find((n) => n.id === id);
    const { width, height } = this.element.getBoundingClientRect();
    if (!node || width === 0) return;
    const k = d3.zoomTransform(this.element).k;
    const at = { x: node.x ?? 0, y: node.y ?? 0 };
    this.moveTo(centreTransform(at, width, height, k, LABEL_ZOOM.svg));
  }

  isPinned(id: string): boolean {
    return this.pinned.has(id);
  }

  /** Lets a pinned entity move with the layout again. */
  unpin(id: string): void {
    this.pinned.delete(id);
    const node = this.nodes.find((n) => n.id === id);
    if (node) {
      node.fx = null;
      node.fy = null;
      this.simulation?.alpha(0.3).restart();
    }
    this.paint();
  }

  /** Puts keyboard focus on an entity's node. */
  focusNode(id: string): void {
    this.viewport
      .select<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`)
      .node()
      ?.focus();
  }

  private drag(simulation: d3.Simulation<LayoutNode, undefined>) {
    type Drag = d3.D3DragEvent<SVGGElement, LayoutNode, LayoutNode>;
    return d3
      .drag<SVGGElement, LayoutNode>()
      .on('start', (event: Drag, n) => {
        if (!event.active) simulation.alphaTarget(0.2).restart();
        n.fx = n.x;
        n.fy = n.y;
      })
      .on('drag', (event: Drag, n) => {
        n.fx = event.x;
        n.fy = event.y;
      })
      .on('end', (event: Drag, n) => {
        if (!event.active) simulation.alphaTarget(0);
        // A dragged entity stays pinned where the reader put it, until unpinned.
        this.pinned.add(n.id);
        this.positions.set(n.id, { x: n.fx ?? 0, y: n.fy ?? 0 });
        this.paint();
      });
  }
}
