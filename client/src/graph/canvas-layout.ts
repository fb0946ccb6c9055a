// The Canvas view's element and its layout: the canvas itself (sized in device pixels), and the
// layout run in a Web Worker (layout-worker.ts, the one seeded layout of layout.ts).
import * as d3 from 'd3';
import type { ScenePoint } from './canvas-scene';
import { DEFAULT_TICKS, LAYOUT_SEED } from './layout';
import type { LayoutProgress, LayoutRequest } from './layout-job';

/** A canvas for the large graph, appended to `host`, with its 2D context. */
export function createCanvas(host: HTMLElement): {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
} {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute(
    'aria-label',
    'Large graph drawn on a canvas; use search and the list of facts to read it',
  );
  host.append(canvas);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser has no 2D canvas');
  return { canvas, context };
}

/**
 * The Canvas view's pan and zoom (d3-zoom, scale 0.02 to 8, no double-click zoom) on `canvas`;
 * `onZoom` hears each transform and whether the reader made it (not a call of the view's). The
 * extent is the size `fitCanvas` set (d3-zoom's default reads the element's client size, which
 * forces a style and layout pass at every move made in code, a layout progress's fit included).
 */
export function attachZoom(
  canvas: HTMLCanvasElement,
  onZoom: (transform: d3.ZoomTransform, byReader: boolean) => void,
): d3.ZoomBehavior<HTMLCanvasElement, unknown> {
  const zoom = d3
    .zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 8])
    .extent(() => [
      [0, 0],
      [parseFloat(canvas.style.width) || 0, parseFloat(canvas.style.height) || 0],
    ])
    .on('zoom', (event: d3.D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      onZoom(event.transform, Boolean(event.sourceEvent));
    });
  d3.select(canvas).call(zoom).on('dblclick.zoom', null);
  return zoom;
}

/** Sizes `canvas` to fill `host` in device pixels; returns its size in CSS pixels. */
export function fitCanvas(
  canvas: HTMLCanvasElement,
  host: HTMLElement,
): { width: number; height: number } {
  const { width, height } = host.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  return { width, height };
}

/** A quadtree of the settled positions, for hit-testing. */
export function quadtreeOf(points: ScenePoint[]): d3.Quadtree<ScenePoint> {
  return d3
    .quadtree<ScenePoint>()
    .x((d) => d.x)
    .y((d) => d.y)
    .addAll(points);
}

/** A layout running in a worker; `settled` resolves with its last positions. */
export interface WorkerLayout {
  readonly settled: Promise<void>;
  stop(): void;
}

/**
 * Lays out `graph` in a new worker from kept `positions` (NaN where none) with `pinned` entities
 * held, calling `onProgress` with each message (the last with `done: true`). Off the main thread
 * a fresh layout spends every tick it asks for (no budget, `LayoutOptions.budget`).
 */
export function startWorkerLayout(
  graph: Pick<LayoutRequest, 'ids' | 'sources' | 'targets'>,
  positions: Float32Array,
  pinned: Uint8Array,
  onProgress: (progress: LayoutProgress) => void,
): WorkerLayout {
  const { ids, sources, targets } = graph;
  const request: LayoutRequest = {
    ...{ ids, sources, targets, positions, pinned },
    ...{ seed: LAYOUT_SEED, ticks: DEFAULT_TICKS, budget: Infinity },
  };
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  const settled = new Promise<void>((resolve) => {
    worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
      onProgress(event.data);
      if (!event.data.done) return;
      worker.terminate();
      resolve();
    };
  });
  worker.postMessage(request);
  return { settled, stop: () => worker.terminate() };
}

/**
 * One layout at a time for a view: `start` stops the last one (whose late progress is dropped);
 * `next` promises the next layout's settling, kept across later starts until one settles.
 */
export class LayoutRunner {
  private current: WorkerLayout | undefined;
  private waiting: (() => void)[] = [];

  /** A promise resolved when a layout next settles (or at `resolve`). */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Resolves every promise `next` handed out (no layout was needed after all). */
  resolve(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Starts a layout as `startWorkerLayout` does; settles the promises after its last message. */
  start(
    graph: Pick<LayoutRequest, 'ids' | 'sources' | 'targets'>,
    positions: Float32Array,
    pinned: Uint8Array,
    onProgress: (progress: LayoutProgress) => void,
  ): void {
    this.stop();
    const layout = startWorkerLayout(graph, positions, pinned, (progress) => {
      if (this.current !== layout) return;
      onProgress(progress);
      if (progress.done) this.resolve();
    });
    this.current = layout;
  }

  stop(): void {
    this.current?.stop();
    this.current = undefined;
  }
}
