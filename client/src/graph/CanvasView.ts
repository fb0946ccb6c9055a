// Draws large graphs on a Canvas: layout in a Web Worker, quadtree hit-testing, labels only
// where they are readable. Same events as the SVG view; the explorer picks one by graph size.
import * as d3 from 'd3';
import type { SerializedGraph } from '../../../server/domain/model';
import type { Selection, Viewport } from '../explorer/view-state';
import {
  batchByColour,
  drawAsSquares,
  inRect,
  loopIndices,
  nodeRadius,
  segmentMayCross,
  visibleRect,
} from './canvas-detail';
import type { GraphViewEvents, Highlight } from './GraphView';
import type { LayoutProgress, LayoutRequest } from './layout-worker';
import { loopCurve } from './geometry';
import { KIND_STYLES } from './style';

interface Point {
  readonly index: number;
  x: number;
  y: number;
}

/** Labels are drawn when one is at least this many pixels per layout unit... */
const LABEL_ZOOM = 1.1;
/** ...and at most this many at once, the best-connected first. */
const MAX_LABELS = 250;

/**
 * The Canvas renderer for large graphs: worker layout, quadtree hit-testing, labels where readable.
 */
export class CanvasView {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly zoom: d3.ZoomBehavior<HTMLCanvasElement, unknown>;
  private transform = d3.zoomIdentity;
  private graph: SerializedGraph | undefined;
  private points: Point[] = [];
  private ids: string[] = [];
  private sources = new Int32Array(0);
  private targets = new Int32Array(0);
  /** For a self-relation, its place among its entity's loops (0, 1, ...); -1 for other edges. */
  private loops = new Int32Array(0);
  private degree = new Int32Array(0);
  private byDegree: number[] = [];
  private batches: { colour: string; indices: Int32Array }[] = [];
  /** The canvas's size in CSS pixels, as of the last resize. */
  private width = 0;
  private height = 0;
  private quadtree = d3.quadtree<Point>();
  private worker: Worker | undefined;
  private selected: Selection | undefined;
  private highlight: Highlight | undefined;
  private hovered: number | undefined;
  private frame = 0;
  private fitted = false;
  /** While the worker lays out, frames show entities only: edges wait for the settled layout. */
  private layingOut = false;
  /** Resolves when the current layout has settled (for benchmarks and tests). */
  settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: HTMLElement,
    private readonly events: GraphViewEvents,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'graph-canvas';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute(
      'aria-label',
      'Large graph drawn on a canvas; use search and the list of facts to read it',
    );
    host.append(this.canvas);
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('This browser has no 2D canvas');
    this.context = context;
    this.zoom = d3
      .zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 8])
      .on('zoom', (event: d3.D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.transform = event.transform;
        this.requestDraw();
        if (event.sourceEvent)
          this.events.onViewport({
            x: event.transform.x,
            y: event.transform.y,
            k: event.transform.k,
          });
      });
    d3.select(this.canvas).call(this.zoom).on('dblclick.zoom', null);
    this.canvas.addEventListener('click', (e) => {
      const hit = this.hit(e);
      this.events.onSelect(
        hit === undefined ? undefined : { kind: 'entity', id: this.ids[hit] ?? '' },
      );
    });
    this.canvas.addEventListener('dblclick', (e) => {
      const hit = this.hit(e);
      if (hit !== undefined) this.events.onExpand(this.ids[hit] ?? '');
    });
    this.canvas.addEventListener('mousemove', (e) => {
      const hit = this.hit(e);
      if (hit !== this.hovered) {
        this.hovered = hit;
        this.canvas.style.cursor = hit === undefined ? 'grab' : 'pointer';
        this.requestDraw();
      }
    });
    new ResizeObserver(() => {
      this.resize();
    }).observe(host);
    this.resize();
  }

  /** Draws `graph`; positions of entities already placed are kept, the rest laid out in a worker. */
  update(
    graph: SerializedGraph,
    selected: Selection | undefined,
    highlight: Highlight | undefined,
  ): void {
    this.selected = selected;
    this.highlight = highlight;
    const previous = new Map(this.ids.map((id, i) => [id, this.points[i]]));
    const sameNodes =
      graph.nodes.length === this.ids.length && graph.nodes.every((n, i) => n.key === this.ids[i]);
    this.graph = graph;
    this.batches = batchByColour(graph.nodes.map((n) => KIND_STYLES[n.attributes.kind].color));
    if (sameNodes && graph.edges.length === this.sources.length) {
      this.requestDraw();
      return;
    }
    this.ids = graph.nodes.map((n) => n.key);
    const index = new Map(this.ids.map((id, i) => [id, i]));
    const edges = graph.edges.filter((e) => index.has(e.source) && index.has(e.target));
    this.sources = Int32Array.from(edges, (e) => index.get(e.source) ?? 0);
    this.targets = Int32Array.from(edges, (e) => index.get(e.target) ?? 0);
    this.loops = loopIndices(this.sources, this.targets);
    this.degree = new Int32Array(this.ids.length);
    for (let i = 0; i < this.sources.length; i += 1) {
      this.degree[this.sources[i] ?? 0] = (this.degree[this.sources[i] ?? 0] ?? 0) + 1;
      this.degree[this.targets[i] ?? 0] = (this.degree[this.targets[i] ?? 0] ?? 0) + 1;
    }
    this.byDegree = this.ids
      .map((_, i) => i)
      .sort((a, b) => (this.degree[b] ?? 0) - (this.degree[a] ?? 0));
    const positions = new Float32Array(this.ids.length * 2).fill(Number.NaN);
    this.points = this.ids.map((id, i) => {
      const old = previous.get(id);
      if (old) {
        positions[2 * i] = old.x;
        positions[2 * i + 1] = old.y;
      }
      return { index: i, x: old?.x ?? 0, y: old?.y ?? 0 };
    });
    this.layout(positions, previous.size > 0 ? 100 : 300);
  }

  private layout(positions: Float32Array, ticks: number): void {
    this.worker?.terminate();
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    this.layingOut = true;
    this.settled = new Promise((resolve) => {
      worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
        const p = event.data.positions;
        for (const point of this.points) {
          point.x = p[2 * point.index] ?? 0;
          point.y = p[2 * point.index + 1] ?? 0;
        }
        if (!this.fitted) this.fit();
        this.requestDraw();
        if (event.data.done) {
          this.quadtree = d3
            .quadtree<Point>()
            .x((d) => d.x)
            .y((d) => d.y)
            .addAll(this.points);
          worker.terminate();
          this.layingOut = false;
          this.requestDraw();
          resolve();
        }
      };
    });
    const request: LayoutRequest = {
      ids: this.ids,
      sources: this.sources,
      targets: this.targets,
      positions,
      seed: 42,
      ticks,
    };
    worker.postMessage(request);
  }

  setViewport(viewport: Viewport | undefined): void {
    if (!viewport) return;
    d3.select(this.canvas).call((s) => {
      this.zoom.transform(s, d3.zoomIdentity.translate(viewport.x, viewport.y).scale(viewport.k));
    });
    this.fitted = true;
  }

  /** Moves the camera by a transform (for benchmarks: a pan or zoom step). */
  setTransform(transform: d3.ZoomTransform): void {
    d3.select(this.canvas).call((s) => {
      this.zoom.transform(s, transform);
    });
  }

  fit(): void {
    const { width, height } = this.canvas.getBoundingClientRect();
    if (this.points.length === 0 || width === 0) return;
    const xs = this.points.map((p) => p.x);
    const ys = this.points.map((p) => p.y);
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
    const k = 0.9 * Math.min(width / (x1 - x0 || 1), height / (y1 - y0 || 1));
    this.setTransform(
      d3.zoomIdentity
        .translate(width / 2, height / 2)
        .scale(k)
        .translate(-(x0 + x1) / 2, -(y0 + y1) / 2),
    );
    this.fitted = true;
  }

  centreOn(id: string): void {
    const i = this.ids.indexOf(id);
    const p = this.points[i];
    const { width, height } = this.canvas.getBoundingClientRect();
    if (!p) return;
    const k = Math.max(this.transform.k, 1.5);
    this.setTransform(
      d3.zoomIdentity
        .translate(width / 2, height / 2)
        .scale(k)
        .translate(-p.x, -p.y),
    );
  }

  focusNode(): void {
    this.canvas.focus();
  }

  isPinned(): boolean {
    return false;
  }

  unpin(): void {
    // Canvas entities are not pinned by dragging.
  }

  destroy(): void {
    this.worker?.terminate();
    this.canvas.remove();
  }

  private resize(): void {
    const { width, height } = this.host.getBoundingClientRect();
    this.width = width;
    this.height = height;
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.max(1, Math.round(width * ratio));
    this.canvas.height = Math.max(1, Math.round(height * ratio));
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.requestDraw();
  }

  private hit(event: MouseEvent): number | undefined {
    const rect = this.canvas.getBoundingClientRect();
    const [x, y] = this.transform.invert([event.clientX - rect.left, event.clientY - rect.top]);
    return this.quadtree.find(x, y, 8 / this.transform.k)?.index;
  }

  private requestDraw(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /**
   * Draws one frame: only what is on screen; edges in one path, entities in one path per
   * colour (squares when too small to tell from discs), a few readable labels.
   */
  draw(): void {
    const ctx = this.context;
    const ratio = window.devicePixelRatio || 1;
    const t = this.transform;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
    const pts = this.points;
    const radius = nodeRadius(t.k);
    const view = visibleRect(t, this.width, this.height, radius * 2);
    ctx.lineWidth = 0.8 / t.k;
    ctx.strokeStyle = 'rgba(130,130,140,0.35)';
    ctx.beginPath();
    for (let i = 0; i < (this.layingOut ? 0 : this.sources.length); i += 1) {
      const a = pts[this.sources[i] ?? 0];
      const b = pts[this.targets[i] ?? 0];
      const loop = this.loops[i] ?? -1;
      if (a && loop >= 0) {
        if (!inRect(a.x, a.y, view)) continue;
        const { start, c1, c2, end } = loopCurve(a, radius, loop);
        ctx.moveTo(start.x, start.y);
        ctx.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, end.x, end.y);
        continue;
      }
      if (!a || !b || !segmentMayCross(a.x, a.y, b.x, b.y, view)) continue;
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
    const squares = drawAsSquares(radius, t.k);
    for (const { colour, indices } of this.batches) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      for (const i of indices) {
        const p = pts[i];
        if (!p || !inRect(p.x, p.y, view)) continue;
        if (squares) {
          ctx.rect(p.x - radius, p.y - radius, 2 * radius, 2 * radius);
        } else {
          ctx.moveTo(p.x + radius, p.y);
          ctx.arc(p.x, p.y, radius, 0, 2 * Math.PI);
        }
      }
      ctx.fill();
    }
    const marked = new Set<number>();
    const selectedIndex =
      this.selected?.kind === 'entity' ? this.ids.indexOf(this.selected.id) : -1;
    if (selectedIndex >= 0) marked.add(selectedIndex);
    if (this.hovered !== undefined) marked.add(this.hovered);
    for (const id of this.highlight?.nodes ?? []) {
      const i = this.ids.indexOf(id);
      if (i >= 0) marked.add(i);
    }
    ctx.lineWidth = 2 / t.k;
    ctx.strokeStyle = '#d55e00';
    for (const i of marked) {
      const p = pts[i];
      if (!p) continue;
      ctx.beginPath();
      ctx.arc(p.x, p.y, radius * 1.8, 0, 2 * Math.PI);
      ctx.stroke();
    }
    if (t.k >= LABEL_ZOOM || marked.size > 0) this.drawLabels(marked, t.k >= LABEL_ZOOM);
  }

  private drawLabels(marked: ReadonlySet<number>, many: boolean): void {
    const ctx = this.context;
    const t = this.transform;
    const view = visibleRect(t, this.width, this.height);
    ctx.font = `${12 / t.k}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.fillStyle = getComputedStyle(this.canvas).color || '#1d1d1f';
    const nodes = this.graph?.nodes ?? [];
    let drawn = 0;
    const order = [...marked, ...(many ? this.byDegree : [])];
    for (const i of order) {
      const p = this.points[i];
      if (!p || !inRect(p.x, p.y, view)) continue;
      ctx.fillText(nodes[i]?.attributes.name ?? '', p.x, p.y - 8 / t.k);
      drawn += 1;
      if (drawn >= MAX_LABELS) break;
    }
  }
}
