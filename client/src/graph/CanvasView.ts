// Draws large graphs on a Canvas: layout in a Web Worker (the same seeded layout as the SVG view),
// facts and entities drawn in another (base-drawer.ts), hit-testing, marks and labels here. Same
// interface and events as the SVG view (renderer.ts); looks from display-state.ts and palette.ts.
import * as d3 from 'd3';
import type { SerializedGraph } from '../../../server/domain/model';
import type { Selection, Viewport } from '../explorer/view-state';
import { baseDrawer, markPainted, type BaseDrawer } from './base-drawer';
import { cameraText } from './base-protocol';
import { paintOverlay, type FrameInput } from './canvas-frame';
import { attachZoom, createCanvas, fitCanvas, LayoutRunner, quadtreeOf } from './canvas-layout';
import { attachPointer, pointerTargetOf, type CanvasHit, type PointerView } from './canvas-pointer';
import {
  EMPTY_GRAPH,
  marksOf,
  movePoints,
  NO_DISPLAY,
  prominentOf,
  selectionOf,
  titleOf,
  type CanvasScene,
  type SceneMarks,
  type ScenePoint,
} from './canvas-scene';
import { chunkedFrom, runChunked, type ChunkedJob, type Steps } from './chunked';
import { marksJob } from './canvas-marks';
import { LABEL_ZOOM } from './display-state';
import { nextSceneSteps, sceneOf, type NextScene } from './scene-build';
import { centreTransform, fitTransform, type Camera } from './framing';
import { readPalette, type Palette } from './palette';
import type { GraphRenderer, Highlight, RendererEvents } from './renderer';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';

/** The Canvas renderer for large graphs: worker layout, quadtree hit-testing, labels where readable. */
export class CanvasView implements GraphRenderer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly zoom: d3.ZoomBehavior<HTMLCanvasElement, unknown>;
  private transform = d3.zoomIdentity;
  private scene: CanvasScene = sceneOf(EMPTY_GRAPH);
  private points: ScenePoint[] = [];
  /** Hit-testing's quadtree: undefined after the settled positions changed, built on first use. */
  private quadtree: d3.Quadtree<ScenePoint> | undefined = d3.quadtree<ScenePoint>();
  private readonly layout = new LayoutRunner();
  private selected: Selection | undefined;
  private highlight: Highlight | undefined;
  private hovered: string | undefined;
  private readonly pinned = new Set<string>();
  private prominent: ReadonlySet<string> = new Set();
  private uncertain: ReadonlySet<string> = new Set();
  private palette: Palette;
  private marks: SceneMarks = marksOf(this.scene, NO_DISPLAY);
  /** Whether the marks were computed with every label shown (recomputed when this changes). */
  private marksZoomedIn = false;
  /** The canvas's size in CSS pixels, as of the last resize. */
  private width = 0;
  private height = 0;
  private frame = 0;
  /** The scene of a graph being built (large graphs: over several tasks); a newer update cancels it. */
  private building: ChunkedJob | undefined;
  /** The layout of a scene switched to, until it starts (a task after the switch). */
  private startLayout: (() => void) | undefined;
  /** The display state being computed; a newer one cancels it. */
  private marking: ChunkedJob | undefined;
  /** The base layer: drawn in a worker where the browser can (base-drawer.ts), else here. */
  private readonly base: BaseDrawer;
  private fitted = false;
  /** While the worker lays out, frames show entities only (edges wait for the settled layout). */
  private layingOut = false;
  /** Resolves when the current layout has settled (for benchmarks and tests). */
  settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: HTMLElement,
    private readonly events: RendererEvents,
    /** How fact types read on edges and in titles (the explorer's registry). */
    private readonly factTypes: FactTypeLookup,
  ) {
    ({ canvas: this.canvas, context: this.context } = createCanvas(host));
    this.base = baseDrawer(host, this.canvas, () => this.requestDraw());
    this.palette = readPalette(getComputedStyle(this.canvas));
    // The entity drag first: a drag that starts on an entity pins it instead of panning.
    attachPointer(this.canvas, pointerTargetOf(this.pointerView()));
    this.zoom = attachZoom(this.canvas, (t, byReader) => {
      this.transform = t;
      this.base.camera(t);
      this.canvas.dataset.camera = cameraText(t);
      if (t.k >= LABEL_ZOOM.canvas !== this.marksZoomedIn) this.refreshMarks();
      this.requestDraw();
      if (byReader) this.events.onViewport({ x: t.x, y: t.y, k: t.k });
    });
    new ResizeObserver(() => this.resize()).observe(host);
    this.resize();
  }

  /** Draws `graph`: kept positions stay, a worker lays out the rest (large: built over tasks). */
  update(
    graph: SerializedGraph,
    selected: Selection | undefined,
    highlight: Highlight | undefined,
  ): void {
    this.selected = selected;
    this.highlight = highlight;
    this.palette = readPalette(getComputedStyle(this.canvas));
    this.building?.cancel();
    this.startLayout?.(); // a cancelled build switched scenes: its layout starts now
    this.settled = this.layout.next();
    const budget = chunkedFrom(graph.nodes.length + graph.edges.length);
    const steps = this.updateSteps(nextSceneSteps(graph, this.scene, this.points, this.pinned));
    this.building = runChunked(steps, () => (this.building = undefined), budget);
  }

  /** After the scene: the view switched to it, the layout started, the display state computed. */
  private *updateSteps(build: Steps<NextScene>): Steps<void> {
    const { scene, carried } = yield* build;
    const chunked = chunkedFrom(scene.ids.length + scene.keys.length) < Infinity;
    this.scene = scene;
    if (this.hovered !== undefined && !scene.index.has(this.hovered)) this.hovered = undefined;
    this.marking?.cancel();
    this.prominent = prominentOf(scene);
    if (!carried) {
      this.base.scene(scene, this.points);
      if (!this.layingOut) this.layout.resolve();
      this.refreshMarks(chunked);
      return;
    }
    this.layout.stop();
    this.layingOut = true;
    this.points = carried.points;
    this.marks = marksOf(scene, NO_DISPLAY);
    this.base.scene(scene, this.points);
    this.startLayout = () => this.runLayout(carried.positions, carried.pinned);
    yield true;
    this.startLayout();
    yield true;
    this.refreshMarks(chunked);
  }

  private runLayout(positions: Float32Array, pinned: Uint8Array): void {
    this.startLayout = undefined;
    this.layingOut = true;
    this.layout.start(this.scene, positions, pinned, (progress) => {
      movePoints(this.points, progress.positions);
      this.base.positions(progress.positions);
      if (!this.fitted) this.fit();
      if (progress.done) {
        // Built when the pointer first asks (`tree`), not in the task that settles the layout.
        this.quadtree = undefined;
        this.layingOut = false;
        // Layouts settled so far, for tests: a test waits for the next one, never for a time.
        this.canvas.dataset.layouts = String(Number(this.canvas.dataset.layouts ?? 0) + 1);
      }
      this.requestDraw();
    });
  }

  /**
   * Recomputes the display state (display-state.ts) and its index lists for painting; over
   * several tasks when `chunked` (a new large graph), at once otherwise. The newest call wins.
   */
  private refreshMarks(chunked = false): void {
    this.marking?.cancel();
    this.marksZoomedIn = this.transform.k >= LABEL_ZOOM.canvas;
    const { selected, highlight, hovered, pinned, prominent, scene } = this;
    const view = { selected, highlight, hovered, pinned, prominent, zoom: this.transform.k };
    this.marking = marksJob(scene, view, chunked, (marks) => this.showMarks(marks));
  }

  private showMarks(marks: SceneMarks): void {
    this.marks = marks;
    // What is marked, for tests and assistive checks (as `dashed` and `loops` below).
    this.canvas.dataset.selected = marks.selected;
    this.canvas.dataset.pinned = marks.pinned.map((i) => this.scene.ids[i]).join(' ');
    this.requestDraw();
  }

  /** Marks the facts whose standing on the view's day is uncertain (painted dashed). */
  markUncertain(facts: ReadonlySet<string>): void {
    this.uncertain = facts;
    this.requestDraw();
  }

  setViewport(viewport: Viewport | undefined): void {
    if (!viewport) return;
    this.moveTo(viewport);
    this.fitted = true;
  }

  /** Moves the camera by a transform (for benchmarks: a pan or zoom step). */
  setTransform(transform: d3.ZoomTransform): void {
    d3.select(this.canvas).call((s) => this.zoom.transform(s, transform));
  }

  private moveTo(c: Camera): void {
    this.setTransform(d3.zoomIdentity.translate(c.x, c.y).scale(c.k));
  }

  /** Centres and scales the view so every entity is visible (`fitTransform`). */
  fit(): void {
    // The size as of the last resize (reading the element's would force a style and layout pass).
    const camera = fitTransform(this.points, this.width, this.height);
    if (!camera) return;
    this.moveTo(camera);
    this.fitted = true;
  }

  /** Brings an entity to the centre of the view (`centreTransform`). */
  centreOn(id: string): void {
    const p = this.points[this.scene.index.get(id) ?? -1];
    const { width, height } = this.canvas.getBoundingClientRect();
    if (!p || width === 0) return;
    this.moveTo(centreTransform(p, width, height, this.transform.k, LABEL_ZOOM.canvas));
  }

  focusNode(): void {
    this.canvas.focus();
  }

  isPinned(id: string): boolean {
    return this.pinned.has(id);
  }

  /** Lets a pinned entity move with the layout again (the next layout no longer holds it). */
  unpin(id: string): void {
    this.pinned.delete(id);
    this.refreshMarks();
  }

  destroy(): void {
    this.building?.cancel();
    this.marking?.cancel();
    this.layout.stop();
    this.base.destroy();
    this.canvas.remove();
  }

  private resize(): void {
    ({ width: this.width, height: this.height } = fitCanvas(this.canvas, this.host));
    this.base.resize(this.width, this.height, window.devicePixelRatio || 1);
    this.requestDraw();
  }

  private pointerView(): PointerView {
    return {
      now: () => {
        const { scene, points, transform, layingOut } = this;
        return { scene, points, transform, layingOut };
      },
      tree: () => (this.quadtree ??= quadtreeOf(this.points)),
      select: (hit) => this.events.onSelect(selectionOf(this.scene, hit)),
      expand: (i) => this.events.onExpand(this.scene.ids[i] ?? ''),
      hover: (hit) => this.hover(hit),
      moved: (i, x, y) => {
        this.base.point(i, x, y);
        this.requestDraw();
      },
      dropped: (i) => {
        this.quadtree = undefined;
        this.pinned.add(this.scene.ids[i] ?? '');
        this.refreshMarks();
      },
    };
  }

  /** Names what is under the pointer (as the SVG view's titles) and brings its neighbours forward. */
  private hover(hit: CanvasHit): void {
    this.canvas.title = titleOf(this.scene, hit, this.factTypes);
    this.canvas.style.cursor = hit ? 'pointer' : 'grab';
    const hovered = hit?.kind === 'entity' ? this.scene.ids[hit.index] : undefined;
    if (hovered === this.hovered) return;
    this.hovered = hovered;
    this.refreshMarks();
  }

  private requestDraw(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws one frame: the base layer (base-drawer.ts), then the overlay (canvas-frame.ts). */
  private draw(): void {
    const { points, marks, palette, transform, width, height, uncertain, layingOut } = this;
    const ratio = window.devicePixelRatio || 1;
    const input: FrameInput = {
      ...{ points, marks, palette, transform, width, height, ratio, uncertain, layingOut },
      ...{ dimming: marks.dimming, factTypes: this.factTypes },
    };
    const painted = this.base.frame(this.context, this.scene, input);
    // Labels left for the next frame (new label sprites are painted a few per frame).
    if (!paintOverlay(this.context, this.scene, input)) this.requestDraw();
    if (painted) markPainted(this.canvas, painted);
  }

  /** Records the frames a base-layer worker draws (benchmarks: what the reader sees move). */
  get frames(): Pick<BaseDrawer, 'recordFrames' | 'recordedFrames'> {
    return this.base;
  }
}
