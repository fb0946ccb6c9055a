// What the main thread and the base-layer worker (base-worker.ts) say to each other (pure): the
// messages, the camera mailbox that drops stale cameras, and the choice between drawing the base
// layer in the worker (an OffscreenCanvas) and on the main thread (browsers without it, jsdom).
import type { Palette } from './palette';

/** A camera as a d3-zoom transform: screen = layout × k + (x, y), CSS pixels. */
export interface BaseCamera {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** The part of a scene the base layer paints from (canvas-scene.ts: entity `i`, fact `j`). */
export interface BaseSceneData {
  readonly keys: readonly string[];
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly loops: Int32Array;
  readonly batches: readonly { colour: string; indices: Int32Array }[];
}

/** What the base layer shows besides positions and camera (changes with the view, not per frame). */
export interface BaseLook {
  readonly palette: Palette;
  /** Fact keys painted dashed (uncertain on the view's day). */
  readonly uncertain: ReadonlySet<string>;
  /** While the layout runs only entities are painted. */
  readonly layingOut: boolean;
  /** A hover dims everything the overlay does not bring forward. */
  readonly dimming: boolean;
}

/** A message from the main thread to the worker. */
export type ToBase =
  | { readonly type: 'init'; readonly canvas: OffscreenCanvas }
  | {
      readonly type: 'size';
      readonly width: number;
      readonly height: number;
      readonly ratio: number;
    }
  | { readonly type: 'scene'; readonly scene: BaseSceneData; readonly positions: Float32Array }
  | { readonly type: 'positions'; readonly positions: Float32Array }
  | { readonly type: 'point'; readonly index: number; readonly x: number; readonly y: number }
  | { readonly type: 'look'; readonly look: BaseLook }
  | { readonly type: 'camera'; readonly seq: number; readonly camera: BaseCamera }
  | { readonly type: 'frames'; readonly record: boolean };

/** A message from the worker: what a finished base layer painted, or the frames it recorded. */
export type FromBase =
  | {
      readonly type: 'painted';
      readonly dashed: readonly string[];
      readonly loops: number;
      /** The camera the finished layer was painted for. */
      readonly camera: BaseCamera;
    }
  /** Wall-clock times (ms since the epoch) of frames drawn for a new camera. */
  | { readonly type: 'frames'; readonly times: readonly number[] };

/**
 * The latest camera sent to the worker: cameras arriving between two of its frames replace each
 * other (only the newest is drawn), and one older than the newest taken (`seq`) is dropped.
 */
export class CameraMailbox {
  private latest: { seq: number; camera: BaseCamera } | undefined;
  private taken = -1;

  /** Keeps `camera` unless a newer one (higher `seq`) is already held or drawn; true when kept. */
  put(seq: number, camera: BaseCamera): boolean {
    if (seq <= this.taken || (this.latest && seq <= this.latest.seq)) return false;
    this.latest = { seq, camera };
    return true;
  }

  /** The camera to draw: the newest put since the last take, or undefined when none. */
  take(): BaseCamera | undefined {
    const latest = this.latest;
    if (!latest) return undefined;
    this.latest = undefined;
    this.taken = latest.seq;
    return latest.camera;
  }
}

/** A camera as text, "x,y,k" rounded (the view's and its base layer's, compared by tests). */
export function cameraText(c: BaseCamera): string {
  return `${c.x.toFixed(1)},${c.y.toFixed(1)},${c.k.toFixed(4)}`;
}

/** What the page offers for drawing in a worker. */
export interface OffscreenSupport {
  readonly worker: boolean;
  readonly offscreenCanvas: boolean;
  /** `HTMLCanvasElement.prototype.transferControlToOffscreen` exists. */
  readonly transfer: boolean;
}

/** Where the base layer is drawn: `worker` only when every part of it is available. */
export function chooseBaseDrawing(support: OffscreenSupport): 'worker' | 'main' {
  return support.worker && support.offscreenCanvas && support.transfer ? 'worker' : 'main';
}

/** What this page offers (reads the globals; jsdom has no OffscreenCanvas). */
export function offscreenSupport(): OffscreenSupport {
  return {
    worker: typeof Worker === 'function',
    offscreenCanvas: typeof OffscreenCanvas === 'function',
    transfer:
      typeof HTMLCanvasElement === 'function' &&
      'transferControlToOffscreen' in HTMLCanvasElement.prototype,
  };
}

/** Points for painting from positions as (x, y) pairs (the layout worker's format). */
export function pointsOf(positions: Float32Array): { index: number; x: number; y: number }[] {
  const points = new Array<{ index: number; x: number; y: number }>(positions.length / 2);
  for (let i = 0; i < points.length; i += 1) {
    points[i] = { index: i, x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 };
  }
  return points;
}

/** Positions as (x, y) pairs from points (what the worker is sent with a new scene). */
export function positionsOf(points: readonly { x: number; y: number }[]): Float32Array {
  const positions = new Float32Array(points.length * 2);
  points.forEach((p, i) => {
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  return positions;
}
