// The Canvas view's base layer (every fact and entity, canvas-frame.ts) kept as a bitmap while
// the camera moves: painted once around the viewport, then only scaled and moved, so a pan or
// zoom frame costs one image copy instead of 20,000 lines (as map tiles are). Painted afresh
// when the camera rests, when the bitmap no longer covers the view or would blur, and when
// anything it shows changed. The overlay (marks, labels) is painted over it every frame.
import {
  baseEdgeAlpha,
  beginFrame,
  paintBase,
  paintBaseEntities,
  paintEdgeRange,
  type BaseInput,
  type BaseScene,
  type Context2D,
} from './canvas-frame';
import type { EdgePaint } from './canvas-paint';

/** The bitmap reaches this share of the viewport beyond each side: pans and zoom-outs stay covered. */
export const CACHE_MARGIN = 0.5;
/** While moving, the bitmap is scaled up or down by at most this factor before it is repainted. */
export const CACHE_ZOOM_SLACK = 1.5;

type Camera = BaseInput['transform'];

/**
 * Whether a bitmap painted for camera `painted` over a `width` × `height` viewport grown by
 * `CACHE_MARGIN` covers the viewport under camera `now` without scaling beyond `CACHE_ZOOM_SLACK`.
 */
export function covers(painted: Camera, now: Camera, width: number, height: number): boolean {
  const r = now.k / painted.k;
  if (r > CACHE_ZOOM_SLACK || r < 1 / CACHE_ZOOM_SLACK) return false;
  const mx = CACHE_MARGIN * width;
  const my = CACHE_MARGIN * height;
  // The viewport's corners in layout units, inside the painted area's.
  const inside = (sx: number, sy: number): boolean => {
    const x = ((sx - now.x) / now.k) * painted.k + painted.x;
    const y = ((sy - now.y) / now.k) * painted.k + painted.y;
    return x >= -mx - 1e-6 && x <= width + mx + 1e-6 && y >= -my - 1e-6 && y <= height + my + 1e-6;
  };
  return inside(0, 0) && inside(width, height);
}

/** The camera rests once it has not moved for this long; then the base layer is painted sharp. */
export const REST_MS = 150;

/** A base layer painted in steps spends about this long per frame (ms) on its edges. */
export const STEP_BUDGET_MS = 8;
/** Edges per step at first; later steps are sized from the time the last one took. */
const FIRST_STEP = 2000;

/** A base layer being painted: its edges go into the edge layer a step per frame. */
interface Job {
  readonly key: readonly unknown[];
  readonly camera: Camera;
  /** The frame input for the grown bitmap (its camera shifted by the margin). */
  readonly at: BaseInput;
  next: number;
  size: number;
  drawn: number;
  loops: number;
  readonly dashed: string[];
}

/** Whether two keys hold the same values, one by one. */
function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** A 2D context on a new canvas off the page (an OffscreenCanvas in a worker). */
function context2d(): Context2D {
  const context =
    typeof document === 'undefined'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This browser has no 2D canvas');
  return context;
}

/**
 * The base layer's bitmap, and what it was painted from. After a layout settles, and when the
 * camera has moved beyond the bitmap, a new one is painted in steps of about `STEP_BUDGET_MS`
 * (its edges, rasterised step by step into an edge layer), so no frame holds the main thread
 * for the whole of 20,000 edges; meanwhile frames show the old bitmap, or the entities alone
 * as while the layout runs. Other changes (hover, selection, a drag) are painted at once.
 */
export class BaseLayer {
  private readonly context = context2d();
  private readonly edges = context2d();
  private camera: Camera | undefined;
  private key: readonly unknown[] = [];
  private job: Job | undefined;
  private moving = false;
  private rest: ReturnType<typeof setTimeout> | undefined;

  /** `more` asks for another frame (a base layer painted in steps is not done yet). */
  constructor(private readonly more: () => void) {}

  /** The camera the bitmap was painted for (undefined before the first, or while laying out). */
  get paintedFor(): Camera | undefined {
    return this.camera;
  }

  /** The camera moved: until it rests (`REST_MS`), frames may reuse the bitmap; then `onRest`. */
  moved(onRest: () => void): void {
    this.moving = true;
    clearTimeout(this.rest);
    this.rest = setTimeout(() => {
      this.moving = false;
      onRest();
    }, REST_MS);
  }

  /**
   * Draws the base layer into `ctx` for `input` (after clearing it): from the bitmap when it
   * was painted from the same `key` and either for this very camera or, while the camera moves,
   * for one it still covers; else painted afresh (directly while the layout runs). Returns what
   * a finished paint painted of the edges.
   */
  draw(
    ctx: Context2D,
    scene: BaseScene,
    input: BaseInput,
    key: readonly unknown[],
  ): EdgePaint | undefined {
    if (input.layingOut) {
      // Positions change with every message from the layout: nothing to keep, paint directly.
      this.camera = undefined;
      this.job = undefined;
      beginFrame(ctx, input);
      return paintBase(ctx, scene, input);
    }
    const t = input.transform;
    const fits = (c: Camera | undefined): c is Camera =>
      c !== undefined &&
      ((c.x === t.x && c.y === t.y && c.k === t.k) ||
        (this.moving && covers(c, t, input.width, input.height)));
    const same = sameKey(key, this.key) && this.camera !== undefined;
    if (same && fits(this.camera)) {
      this.blit(ctx, input);
      return undefined;
    }
    // In steps after a layout and for camera moves; at once when what is shown changed.
    const stepwise = same || this.camera === undefined;
    if (!this.job || !sameKey(this.job.key, key) || !fits(this.job.camera)) {
      this.job = this.start(input, key);
    }
    if (this.step(this.job, scene, stepwise ? STEP_BUDGET_MS : Infinity)) {
      const painted = this.finish(this.job, scene);
      this.job = undefined;
      this.blit(ctx, input);
      return painted;
    }
    this.more();
    if (same && this.camera !== undefined) {
      this.blit(ctx, input);
    } else {
      beginFrame(ctx, input);
      paintBase(ctx, scene, { ...input, layingOut: true });
    }
    return undefined;
  }

  /** A new job for the bitmap around `input`'s camera: both canvases sized, the edge layer cleared. */
  private start(input: BaseInput, key: readonly unknown[]): Job {
    const { width, height, ratio, transform: t } = input;
    const mx = CACHE_MARGIN * width;
    const my = CACHE_MARGIN * height;
    const grown = { ...input, width: width + 2 * mx, height: height + 2 * my };
    const w = Math.max(1, Math.round(grown.width * ratio));
    const h = Math.max(1, Math.round(grown.height * ratio));
    for (const c of [this.context.canvas, this.edges.canvas]) {
      if (c.width === w && c.height === h) continue;
      if (c === this.context.canvas) this.camera = undefined;
      c.width = w;
      c.height = h;
    }
    const at = { ...grown, transform: { x: t.x + mx, y: t.y + my, k: t.k } };
    beginFrame(this.edges, at);
    return { key, camera: { ...t }, at, next: 0, size: FIRST_STEP, drawn: 0, loops: 0, dashed: [] };
  }

  /** Paints edges for about `budget` ms (at least one step); true when all are painted. */
  private step(job: Job, scene: BaseScene, budget: number): boolean {
    const total = scene.sources.length;
    const started = performance.now();
    while (job.next < total) {
      if (performance.now() - started >= budget) return false;
      const before = performance.now();
      const to = Math.min(total, job.next + job.size);
      const painted = paintEdgeRange(this.edges, scene, job.at, job.next, to);
      job.drawn += painted.drawn;
      job.loops += painted.loops;
      job.dashed.push(...painted.dashed);
      job.next = to;
      if (job.next >= total || budget === Infinity) continue;
      // Rasterise this step now (Chromium records canvas calls and rasterises on a read).
      this.edges.getImageData(0, 0, 1, 1);
      const ms = Math.max(0.25, performance.now() - before);
      job.size = Math.max(250, Math.round((job.size * budget) / 2 / ms));
    }
    return true;
  }

  /** The bitmap from the finished edge layer (laid over at its alpha) and the entities over it. */
  private finish(job: Job, scene: BaseScene): EdgePaint {
    const ctx = this.context;
    beginFrame(ctx, job.at);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = baseEdgeAlpha(job.at);
    ctx.drawImage(this.edges.canvas, 0, 0);
    const { ratio, transform: t } = job.at;
    ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
    paintBaseEntities(ctx, scene, job.at);
    this.camera = job.camera;
    this.key = job.key;
    return { drawn: job.drawn, loops: job.loops, dashed: job.dashed };
  }

  /** Copies the bitmap into `ctx`, scaled and moved from the camera it was painted for to `input`'s. */
  private blit(ctx: Context2D, input: BaseInput): void {
    const painted = this.camera;
    if (!painted) return;
    const { ratio, transform: t } = input;
    const r = t.k / painted.k;
    const left = painted.x + CACHE_MARGIN * input.width;
    const top = painted.y + CACHE_MARGIN * input.height;
    const bitmap = this.context.canvas;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, input.width * ratio, input.height * ratio);
    const x = (t.x - left * r) * ratio;
    const y = (t.y - top * r) * ratio;
    ctx.drawImage(bitmap, x, y, bitmap.width * r, bitmap.height * r);
    ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  }
}
