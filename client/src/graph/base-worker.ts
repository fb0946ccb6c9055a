// The Canvas view's base layer (every fact and entity, canvas-cache.ts) drawn in a worker on an
// OffscreenCanvas, so its rasterisation never holds the main thread. The main thread sends the
// scene once, positions as the layout moves, the look when the view changes and the camera as it
// moves (base-protocol.ts); this worker draws at its own animation frame, the newest camera only.
import {
  CameraMailbox,
  pointsOf,
  type BaseCamera,
  type BaseLook,
  type BaseSceneData,
  type FromBase,
  type ToBase,
} from './base-protocol';
import { BaseLayer } from './canvas-cache';
import type { BaseInput, Context2D } from './canvas-frame';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToBase>) => void) | null;
  postMessage(message: FromBase): void;
  requestAnimationFrame?: (callback: () => void) => number;
};

let context: Context2D | undefined;
let scene: BaseSceneData = {
  ...{ keys: [], sources: new Int32Array(), targets: new Int32Array() },
  ...{ loops: new Int32Array(), batches: [] },
};
let points: { index: number; x: number; y: number }[] = [];
let look: BaseLook | undefined;
let size = { width: 0, height: 0, ratio: 1 };
let camera: BaseCamera = { x: 0, y: 0, k: 1 };
/** Counts changes to what the base layer shows apart from the camera (its bitmap's key). */
let version = 0;
let framePending = false;
let recorded: number[] | undefined;
const mailbox = new CameraMailbox();
const base = new BaseLayer(() => requestDraw());

/** One draw at the next animation frame (a timer where a worker has none). */
function requestDraw(): void {
  if (framePending) return;
  framePending = true;
  if (scope.requestAnimationFrame) scope.requestAnimationFrame(draw);
  else setTimeout(draw, 16);
}

function draw(): void {
  framePending = false;
  const next = mailbox.take();
  if (next) camera = next;
  if (!context || !look) return;
  const input: BaseInput = { ...look, ...size, points, transform: camera };
  const painted = base.draw(context, scene, input, [version]);
  if (next && recorded) recorded.push(performance.timeOrigin + performance.now());
  if (!painted) return;
  const { dashed, loops } = painted;
  scope.postMessage({ type: 'painted', dashed, loops, camera: base.paintedFor ?? camera });
}

/** Applies one message; true when what the base layer shows (not the camera) changed. */
function apply(message: ToBase): boolean {
  switch (message.type) {
    case 'init':
      context = message.canvas.getContext('2d') ?? undefined;
      return true;
    case 'size':
      size = { width: message.width, height: message.height, ratio: message.ratio };
      if (context) {
        context.canvas.width = Math.max(1, Math.round(message.width * message.ratio));
        context.canvas.height = Math.max(1, Math.round(message.height * message.ratio));
      }
      return true;
    case 'scene':
      scene = message.scene;
      points = pointsOf(message.positions);
      return true;
    case 'positions':
      points = pointsOf(message.positions);
      return true;
    case 'point': {
      const p = points[message.index];
      if (p) [p.x, p.y] = [message.x, message.y];
      return true;
    }
    case 'look':
      look = message.look;
      return true;
    case 'camera':
      if (mailbox.put(message.seq, message.camera)) base.moved(requestDraw);
      return false;
    case 'frames':
      if (!message.record && recorded) scope.postMessage({ type: 'frames', times: recorded });
      recorded = message.record ? [] : undefined;
      return false;
  }
}

scope.onmessage = (event) => {
  if (apply(event.data)) version += 1;
  requestDraw();
};
