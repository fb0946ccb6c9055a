// Draws the visible graph with D3 (SVG): symbols by kind, curved directed labelled edges, zoom,
// pan, drag, selection and highlights. It only draws; layout.ts computes, the explorer decides.
// User text reaches the DOM through .text() only.
import * as d3 from 'd3';
import type { SerializedGraph } from '../../../server/domain/model';
import { factTypeInfo } from '../../../server/domain/vocabulary';
import type { Selection, Viewport } from '../explorer/view-state';
import { edgeShape, loopShape } from './geometry';
import { nearestInDirection, type Direction } from './keyboard';
import { buildLayoutGraph, runLayout, type LayoutLink, type LayoutNode } from './layout';
import { placeLabels } from './label-placement';
import { prominentIds } from './prominence';
import { KIND_STYLES, edgeDash, symbolSize } from './style';
import { symbolPath } from './symbols';

export interface GraphViewEvents {
  onSelect(selection: Selection | undefined): void;
  onExpand(id: string): void;
  onViewport(viewport: Viewport): void;
}

export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

const nodeRadius = (n: LayoutNode): number => Math.sqrt(symbolSize(n.degree) / Math.PI) + 3;

/** The SVG renderer: symbols by kind, curved labelled edges, zoom, pan, drag, selection. */
export class GraphView {
  private readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly viewport: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly zoom: d3.ZoomBehavior<SVGSVGElement, unknown>;
  private readonly positions = new Map<string, { x: number; y: number }>();
  private simulation: d3.Simulation<LayoutNode, LayoutLink> | undefined;
  private nodes: LayoutNode[] = [];
  private readonly pinned = new Set<string>();
  private fitted = false;
  /** Entities whose labels stay readable at any zoom, most important first. */
  private prominent: string[] = [];
  /** Label length per px of font size, by entity, for the name it was measured with. */
  private readonly widths = new Map<string, { name: string; ratio: number }>();

  constructor(
    private readonly element: SVGSVGElement,
    private readonly events: GraphViewEvents,
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
    this.zoom = d3
      .zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 6])
      .on('zoom', (event: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.viewport.attr('transform', event.transform.toString());
        this.placeProminentLabels();
        this.svg.classed('far', event.transform.k < 0.55);
        if (event.sourceEvent) {
          const t = event.transform;
          this.events.onViewport({ x: t.x, y: t.y, k: t.k });
        }
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
    for (const n of nodes) {
      const at = this.pinned.has(n.id) ? this.positions.get(n.id) : undefined;
      if (at) {
        n.fx = at.x;
        n.fy = at.y;
      }
    }
    const simulation = runLayout(nodes, links, { initial: this.positions });
    this.simulation = simulation;
    this.nodes = nodes;
    this.prominent = prominentIds(nodes, graph.attributes.hubs);
    const prominent = new Set(this.prominent);
    for (const n of nodes) this.positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });

    const edge = this.viewport
      .select<SVGGElement>('g.edges')
      .selectAll<SVGGElement, LayoutLink>('g.edge')
      .data(links, (l) => l.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'edge');
        g.append('path').attr('class', 'hit');
        g.append('path').attr('class', 'line').attr('marker-end', 'url(#arrow)');
        g.append('text').attr('text-anchor', 'middle').attr('dy', '-0.3em');
        g.append('title');
        return g;
      })
      .attr('data-id', (l) => l.id)
      .attr('data-type', (l) => l.data.attributes.type)
      .classed('selected', (l) => selected?.kind === 'fact' && selected.id === l.id)
      .classed('highlight', (l) => highlight?.edges.has(l.id) ?? false)
      .on('click', (event: MouseEvent, l) => {
        event.stopPropagation();
        this.events.onSelect({ kind: 'fact', id: l.id });
      });
    edge.select('text').text((l) => factTypeInfo(l.data.attributes.type).label);
    edge
      .select('title')
      .text(
        (l) =>
          `${l.source.data.attributes.name} ${factTypeInfo(l.data.attributes.type).verb} ${l.target.data.attributes.name}`,
      );

    const node = this.viewport
      .select<SVGGElement>('g.nodes')
      .selectAll<SVGGElement, LayoutNode>('g.node')
      .data(nodes, (n) => n.id)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('class', 'node')
          .attr('tabindex', 0)
          .attr('role', 'button');
        g.append('path').attr('class', 'symbol');
        g.append('text').attr('text-anchor', 'middle');
        g.append('title');
        return g;
      })
      .attr('data-id', (n) => n.id)
      .attr('data-kind', (n) => n.data.attributes.kind)
      .attr('aria-label', (n) => `${n.data.attributes.name}, ${n.data.attributes.kind}`)
      .attr('aria-pressed', (n) => String(selected?.kind === 'entity' && selected.id === n.id))
      .classed('selected', (n) => selected?.kind === 'entity' && selected.id === n.id)
      .classed('pinned', (n) => this.pinned.has(n.id))
      .classed('highlight', (n) => highlight?.nodes.has(n.id) ?? false)
      .classed('prominent', (n) => prominent.has(n.id))
      .on('click', (event: MouseEvent, n) => {
        event.stopPropagation();
        this.events.onSelect({ kind: 'entity', id: n.id });
      })
      .on('dblclick', (event: MouseEvent, n) => {
        event.stopPropagation();
        this.events.onExpand(n.id);
      })
      .on('keydown', (event: KeyboardEvent, n) => {
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
          const next = nearestInDirection(
            placed,
            { id: n.id, x: n.x ?? 0, y: n.y ?? 0 },
            event.key as Direction,
          );
          if (next) this.focusNode(next.id);
        }
      })
      .on('mouseenter focus', (_event: Event, n) => this.hover(n.id, links))
      .on('mouseleave blur', () => this.hover(undefined, links));
    node
      .select('path.symbol')
      .attr('d', (n) => symbolPath(n.data.attributes.kind, symbolSize(n.degree)))
      .attr('fill', (n) => KIND_STYLES[n.data.attributes.kind].color);
    node
      .select('text')
      .attr('dy', (n) => (prominent.has(n.id) ? null : nodeRadius(n) + 11))
      .attr('x', null)
      .attr('y', null)
      .style('font-size', null)
      .text((n) => n.data.attributes.name);
    node.select('title').text((n) => `${n.data.attributes.name} (${n.data.attributes.kind})`);

    const draw = (): void => {
      node.attr('transform', (n) => `translate(${(n.x ?? 0).toFixed(1)},${(n.y ?? 0).toFixed(1)})`);
      edge.each(function (l) {
        const from = { x: l.source.x ?? 0, y: l.source.y ?? 0 };
        const shape =
          l.source === l.target
            ? loopShape(from, nodeRadius(l.target), l.curve)
            : edgeShape(
                from,
                { x: l.target.x ?? 0, y: l.target.y ?? 0 },
                l.curve,
                nodeRadius(l.target),
              );
        const g = d3.select(this);
        g.selectAll('path').attr('d', shape.d);
        g.select('text').attr('x', shape.label.x.toFixed(1)).attr('y', shape.label.y.toFixed(1));
      });
      this.placeProminentLabels();
    };
    draw();
    simulation.on('tick', () => {
      draw();
      for (const n of nodes) this.positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
    });
    node.call(this.drag(simulation));
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
      const t = d3.zoomIdentity.translate(viewport.x, viewport.y).scale(viewport.k);
      this.svg.call((s) => {
        this.zoom.transform(s, t);
      });
      this.fitted = true;
    } else if (!this.fitted) {
      this.fit();
    }
  }

  /** Centres and scales the view so every entity is visible. */
  fit(): void {
    const { width, height } = this.element.getBoundingClientRect();
    if (this.nodes.length === 0 || width === 0 || height === 0) return;
    const xs = this.nodes.map((n) => n.x ?? 0);
    const ys = this.nodes.map((n) => n.y ?? 0);
    const [x0, x1] = [Math.min(...xs) - 80, Math.max(...xs) + 80];
    const [y0, y1] = [Math.min(...ys) - 60, Math.max(...ys) + 60];
    const k = Math.min(2, 0.95 * Math.min(width / (x1 - x0), height / (y1 - y0)));
    const t = d3.zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    this.svg.call((s) => {
      this.zoom.transform(s, t);
    });
    this.fitted = true;
  }

  /** Zooms about the centre of the view by `factor` (above 1 closer), as zoom buttons do. */
  zoomBy(factor: number): void {
    this.svg.call((s) => {
      this.zoom.scaleBy(s, factor);
    });
  }

  /** Brings an entity to the centre of the view. */
  centreOn(id: string): void {
    const node = this.nodes.find((n) => n.id === id);
    const { width, height } = this.element.getBoundingClientRect();
    if (!node || width === 0) return;
    const k = Math.max(d3.zoomTransform(this.element).k, 0.8);
    const t = d3.zoomIdentity
      .translate(width / 2, height / 2)
      .scale(k)
      .translate(-(node.x ?? 0), -(node.y ?? 0));
    this.svg.call((s) => {
      this.zoom.transform(s, t);
    });
  }

  /**
   * Keeps the prominent entities' labels at 11 px on screen or more, whatever the zoom, and
   * places them so that none covers another (`placeLabels`).
   */
  private placeProminentLabels(): void {
    if (this.prominent.length === 0) return;
    const k = d3.zoomTransform(this.element).k;
    const fontSize = 11 / Math.min(k, 1);
    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    const texts = new Map<string, SVGTextElement>();
    this.viewport.selectAll<SVGGElement, LayoutNode>('g.node.prominent').each(function (n) {
      const text = this.querySelector('text');
      if (text) texts.set(n.id, text);
    });
    // 1. Write every size first, then read: one style and layout pass, not one per label.
    const size = `${(Math.ceil(fontSize * 100) / 100).toFixed(2)}px`;
    for (const text of texts.values()) text.style.fontSize = size;
    const items = this.prominent.flatMap((id) => {
      const n = byId.get(id);
      const text = texts.get(id);
      if (!n || !text) return [];
      return [
        {
          id,
          x: (n.x ?? 0) * k,
          y: (n.y ?? 0) * k,
          radius: nodeRadius(n) * k,
          width: this.textWidth(id, n.data.attributes.name, text, fontSize) * k,
          height: fontSize * k,
        },
      ];
    });
    for (const [id, o] of placeLabels(items)) {
      const text = texts.get(id);
      text?.setAttribute('x', (o.dx / k).toFixed(1));
      text?.setAttribute('y', (o.dy / k).toFixed(1));
    }
  }

  /**
   * A label's length at `fontSize`: measured once per entity and name (text length scales with
   * the font size), so zooming and redrawing never force a layout per label.
   */
  private textWidth(id: string, name: string, text: SVGTextElement, fontSize: number): number {
    let perPx = this.widths.get(id);
    if (perPx?.name !== name) {
      perPx = { name, ratio: text.getComputedTextLength() / fontSize };
      if (perPx.ratio > 0) this.widths.set(id, perPx);
    }
    return perPx.ratio * fontSize;
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
    this.viewport
      .selectAll<SVGGElement, LayoutNode>('g.node')
      .classed('pinned', (d) => this.pinned.has(d.id));
  }

  /** Puts keyboard focus on an entity's node. */
  focusNode(id: string): void {
    this.viewport
      .select<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`)
      .node()
      ?.focus();
  }

  private hover(id: string | undefined, links: readonly LayoutLink[]): void {
    if (id === undefined) {
      this.viewport.classed('hovering', false);
      this.viewport.selectAll('.near').classed('near', false);
      return;
    }
    const near = new Set([id]);
    const nearEdges = new Set<string>();
    for (const l of links) {
      if (l.source.id === id || l.target.id === id) {
        near.add(l.source.id);
        near.add(l.target.id);
        nearEdges.add(l.id);
      }
    }
    this.viewport.classed('hovering', true);
    this.viewport
      .selectAll<SVGGElement, LayoutNode>('g.node')
      .classed('near', (n) => near.has(n.id));
    this.viewport
      .selectAll<SVGGElement, LayoutLink>('g.edge')
      .classed('near', (l) => nearEdges.has(l.id));
  }

  private drag(simulation: d3.Simulation<LayoutNode, LayoutLink>) {
    return d3
      .drag<SVGGElement, LayoutNode>()
      .on('start', (event: d3.D3DragEvent<SVGGElement, LayoutNode, LayoutNode>, n) => {
        if (!event.active) simulation.alphaTarget(0.2).restart();
        n.fx = n.x;
        n.fy = n.y;
      })
      .on('drag', (event: d3.D3DragEvent<SVGGElement, LayoutNode, LayoutNode>, n) => {
        n.fx = event.x;
        n.fy = event.y;
      })
      .on('end', (event: d3.D3DragEvent<SVGGElement, LayoutNode, LayoutNode>, n) => {
        if (!event.active) simulation.alphaTarget(0);
        // A dragged entity stays pinned where the reader put it, until unpinned.
        this.pinned.add(n.id);
        this.positions.set(n.id, { x: n.fx ?? 0, y: n.fy ?? 0 });
        this.viewport
          .selectAll<SVGGElement, LayoutNode>('g.node')
          .classed('pinned', (d) => this.pinned.has(d.id));
      });
  }
}
