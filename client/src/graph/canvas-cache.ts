// The Canvas view's base layer (every fact and entity, canvas-frame.ts) kept as a bitmap while
// the camera moves: painted once around the viewport, then only scaled and moved, so a pan or
// zoom frame costs one image copy instead of 20,000 lines (as map tiles are). Painted afresh
// when the camera rests, when the bitmap no longer covers the view or would blur, and when
// anything it shows changed. The overlay (marks, labels) is painted over it every frame.
import { beginFrame, paintBase, type FrameInput } from './canvas-frame';
import type { EdgePaint } from './canvas-paint';
import type { CanvasScene } from './canvas-scene';

/** The bitmap reaches this share of the viewport beyond each side: pans and zoom-outs stay covered. */
export const CACHE_MARGIN = 0.5;
/** While moving, the bitmap is scaled up or down by at most this factor before it is repainted. */
export const CACHE_ZOOM_SLACK = 1.5;

type Camera = FrameInput['transform'];

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

/** The base layer's bitmap, and what it was painted from. */
export class BaseLayer {
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private camera: Camera | undefined;
  private key: readonly unknown[] = [];
  private moving = false;
  private rest: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('This browser has no 2D canvas');
    this.context = context;
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
   * a fresh paint painted of the edges.
   */
  draw(
    ctx: CanvasRenderingContext2D,
    scene: CanvasScene,
    input: FrameInput,
    key: readonly unknown[],
  ): EdgePaint | undefined {
    if (input.layingOut) {
      // Positions change with every message from the layout: nothing to keep, paint directly.
      this.camera = undefined;
      beginFrame(ctx, input);
      return paintBase(ctx, scene, input);
    }
    const t = input.transform;
    const same = key.length === this.key.length && key.every((k, i) => k === this.key[i]);
    const exact = this.camera?.x === t.x && this.camera.y === t.y && this.camera.k === t.k;
    const reuse =
      same &&
      this.camera !== undefined &&
      (exact || (this.moving && covers(this.camera, t, input.width, input.height)));
    const painted = reuse ? undefined : this.paint(scene, input, key);
    this.blit(ctx, input);
    return painted;
  }

  private paint(
    scene: CanvasScene,
    input: FrameInput,
    key: readonly unknown[],
  ): EdgePaint | undefined {
    const { width, height, ratio, transform: t } = input;
    const mx = CACHE_MARGIN * width;
    const my = CACHE_MARGIN * height;
    const grown = { ...input, width: width + 2 * mx, height: height + 2 * my };
    const w = Math.max(1, Math.round(grown.width * ratio));
    const h = Math.max(1, Math.round(grown.height * ratio));
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    const at = { ...grown, transform: { x: t.x + mx, y: t.y + my, k: t.k } };
    beginFrame(this.context, at);
    const painted = paintBase(this.context, scene, at);
    this.camera = { ...t };
    this.key = key;
    return painted;
  }

  /** Copies the bitmap into `ctx`, scaled and moved from the camera it was painted for to `input`'s. */
  private blit(ctx: CanvasRenderingContext2D, input: FrameInput): void {
    const painted = this.camera;
    if (!painted) return;
    const { ratio, transform: t } = input;
    const r = t.k / painted.k;
    const left = painted.x + CACHE_MARGIN * input.width;
    const top = painted.y + CACHE_MARGIN * input.height;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, input.width * ratio, input.height * ratio);
    const x = (t.x - left * r) * ratio;
    const y = (t.y - top * r) * ratio;
    ctx.drawImage(this.canvas, x, y, this.canvas.width * r, this.canvas.height * r);
    ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  }
}
