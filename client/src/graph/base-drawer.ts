// Who draws the Canvas view's base layer (every fact and entity): the main thread's end of the
// base-layer worker (base-worker.ts: a canvas under the view's own one, its control transferred
// to the worker, small messages for what changed, base-protocol.ts), or, where the browser
// cannot (`chooseBaseDrawing`), the main thread itself into the view's canvas (canvas-cache.ts).
// The view's own canvas keeps input and the overlay (marks, labels) either way.
import {
  cameraText,
  chooseBaseDrawing,
  offscreenSupport,
  positionsOf,
  type BaseCamera,
  type BaseLook,
  type BaseSceneData,
  type FromBase,
  type ToBase,
} from './base-protocol';
import { BaseLayer } from './canvas-cache';
import { beginFrame, type BaseInput, type BaseScene } from './canvas-frame';

/** What a finished base layer painted of the edges (for tests and assistive checks). */
export type BasePainted = Pick<
  Extract<FromBase, { type: 'painted' }>,
  'dashed' | 'loops' | 'camera'
>;

/** What the Canvas view tells its base layer, whoever draws it. */
export interface BaseDrawer {
  /** A new scene and where its entities are now (by index). */
  scene(scene: BaseSceneData, points: readonly { x: number; y: number }[]): void;
  /** The layout moved the entities (pairs; the array may be handed over). */
  positions(positions: Float32Array): void;
  point(index: number, x: number, y: number): void;
  camera(camera: BaseCamera): void;
  resize(width: number, height: number, ratio: number): void;
  /**
   * Starts a frame in the view's context `ctx` (cleared, camera set): with the base layer in it
   * when drawn here; returns what a finished base layer painted, when it finished now.
   */
  frame(ctx: CanvasRenderingContext2D, scene: BaseScene, input: BaseInput): BasePainted | undefined;
  /** Starts recording frames drawn off the main thread; false when drawn here. */
  recordFrames(): boolean;
  /** The recorded frames' times (`performance.now`), empty when drawn here. */
  recordedFrames(): Promise<number[]>;
  destroy(): void;
}

/**
 * What was painted, on the view's canvas for tests and assistive checks: facts dashed, loops,
 * and the camera it was painted for (`data-base-camera`, as `data-camera` is the view's).
 */
export function markPainted(canvas: HTMLCanvasElement, painted: BasePainted): void {
  canvas.dataset.dashed = painted.dashed.join(' ');
  canvas.dataset.loops = String(painted.loops);
  canvas.dataset.baseCamera = cameraText(painted.camera);
}

/**
 * The base layer of the view's canvas `over` (in `host`) as `chooseBaseDrawing` decides for this
 * browser; `redraw` asks the view for a frame.
 */
export function baseDrawer(
  host: HTMLElement,
  over: HTMLCanvasElement,
  redraw: () => void,
): BaseDrawer {
  return chooseBaseDrawing(offscreenSupport()) === 'worker'
    ? new WorkerBase(host, over, (painted) => markPainted(over, painted))
    : new MainBase(redraw);
}

/** The base layer painted on the main thread into the view's canvas (canvas-cache.ts). */
export class MainBase implements BaseDrawer {
  private readonly layer: BaseLayer;
  private version = 0;

  constructor(private readonly redraw: () => void) {
    this.layer = new BaseLayer(redraw);
  }

  scene(): void {
    this.version += 1;
  }

  positions(): void {
    this.version += 1;
  }

  point(): void {
    this.version += 1;
  }

  camera(): void {
    this.layer.moved(this.redraw);
  }

  resize(): void {}

  frame(
    ctx: CanvasRenderingContext2D,
    scene: BaseScene,
    input: BaseInput,
  ): BasePainted | undefined {
    const { palette, uncertain, layingOut, dimming, width, height, ratio } = input;
    const key = [scene, this.version, palette, uncertain, layingOut, dimming, width, height, ratio];
    const painted = this.layer.draw(ctx, scene, input, key);
    return painted && { ...painted, camera: this.layer.paintedFor ?? input.transform };
  }

  recordFrames(): boolean {
    return false;
  }

  recordedFrames(): Promise<number[]> {
    return Promise.resolve([]);
  }

  destroy(): void {}
}

/**
 * The base layer drawn in a worker on an OffscreenCanvas placed under `over` in `host`. The
 * worker draws at its own animation frame; `onPainted` hears what each finished layer painted.
 */
export class WorkerBase implements BaseDrawer {
  /** The page's canvas the worker draws into (class `graph-canvas-base`). */
  readonly canvas: HTMLCanvasElement;
  private readonly worker: Worker;
  private seq = 0;
  private look: BaseLook | undefined;
  private frames: ((times: readonly number[]) => void) | undefined;

  constructor(host: HTMLElement, over: HTMLCanvasElement, onPainted: (p: BasePainted) => void) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'graph-canvas-base';
    this.canvas.setAttribute('aria-hidden', 'true');
    // At the view canvas's own place (the static position of an absolute box), under it.
    Object.assign(this.canvas.style, { position: 'absolute', pointerEvents: 'none' });
    over.style.position = 'relative';
    host.insertBefore(this.canvas, over);
    const offscreen = this.canvas.transferControlToOffscreen();
    this.worker = new Worker(new URL('./base-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromBase>) => {
      const message = event.data;
      if (message.type === 'painted') onPainted(message);
      else this.frames?.(message.times);
    };
    this.post({ type: 'init', canvas: offscreen }, [offscreen]);
  }

  private post(message: ToBase, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  /** The view's size in CSS pixels and device pixels per CSS pixel. */
  resize(width: number, height: number, ratio: number): void {
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.post({ type: 'size', width, height, ratio });
  }

  /** A new scene and where its entities are now (copied). */
  scene(scene: BaseSceneData, points: readonly { x: number; y: number }[]): void {
    const { keys, sources, targets, loops, batches } = scene;
    const positions = positionsOf(points);
    this.post({ type: 'scene', scene: { keys, sources, targets, loops, batches }, positions });
  }

  /** The layout's positions as (x, y) pairs; the array is handed over (unusable here after). */
  positions(positions: Float32Array): void {
    this.post({ type: 'positions', positions }, [positions.buffer]);
  }

  /** One entity moved (a drag). */
  point(index: number, x: number, y: number): void {
    this.post({ type: 'point', index, x, y });
  }

  /** Clears the view's canvas for the overlay; the worker draws the base layer under it. */
  frame(ctx: CanvasRenderingContext2D, _scene: BaseScene, input: BaseInput): undefined {
    const { palette, uncertain, layingOut, dimming } = input;
    this.setLook({ palette, uncertain, layingOut, dimming });
    beginFrame(ctx, input);
    return undefined;
  }

  /** What the layer shows besides positions; sent only when a part of it changed. */
  private setLook(look: BaseLook): void {
    const old = this.look;
    if (
      old &&
      old.palette === look.palette &&
      old.uncertain === look.uncertain &&
      old.layingOut === look.layingOut &&
      old.dimming === look.dimming
    ) {
      return;
    }
    this.look = look;
    this.post({ type: 'look', look });
  }

  /** The camera now; the worker draws the newest it has at its next frame. */
  camera(camera: BaseCamera): void {
    this.seq += 1;
    this.post({ type: 'camera', seq: this.seq, camera: { x: camera.x, y: camera.y, k: camera.k } });
  }

  /** Starts recording the times of frames the worker draws for a new camera. */
  recordFrames(): boolean {
    this.post({ type: 'frames', record: true });
    return true;
  }

  /** Stops recording; resolves with those frames' times on this page's clock (`performance.now`). */
  recordedFrames(): Promise<number[]> {
    return new Promise((resolve) => {
      this.frames = (times) => {
        this.frames = undefined;
        resolve(times.map((t) => t - performance.timeOrigin));
      };
      this.post({ type: 'frames', record: false });
    });
  }

  destroy(): void {
    this.worker.terminate();
    this.canvas.remove();
  }
}
