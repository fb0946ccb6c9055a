// What one measurement in the benchmark page returns to the script (shared by page and script).
import type { FittedView } from './camera';
import type { Renderer } from './options';
import type { FrameStats } from './stats';

/** What `benchLayout` returns: the layout's settle time and the long tasks meanwhile. */
export interface LayoutResult {
  readonly renderer: Renderer;
  readonly nodes: number;
  readonly edges: number;
  /** From the data handed over to the layout stopped; undefined when it did not within the timeout. */
  readonly settleMs: number | undefined;
  /** vis-network only: its stabilisation iterations done (its first drawing), physics still on. */
  readonly iterationsDoneMs?: number | undefined;
  /** Main-thread tasks over 50 ms while the layout ran. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

/**
 * What `benchCamera` returns: statistics of the frames the reader sees move while the scripted
 * camera moves. For a view drawing its base layer in a worker (`framesFrom: 'worker'`) those are
 * the worker's frames drawn for a new camera (at most one per main-thread frame, which sends the
 * camera); else the main thread's animation frames. `mainFps` is the main thread's rate either way.
 */
export interface CameraResult extends FrameStats {
  readonly framesFrom: 'worker' | 'main';
  readonly mainFps: number;
}

/** One measurement: the layout and the camera. */
export type BenchResult = LayoutResult & CameraResult;

/** A measurement with the 1/5/15-minute load average as each phase started ("a / b / c"). */
export interface LoadedResult extends LayoutResult, CameraResult {
  readonly layoutLoad: string;
  readonly cameraLoad: string;
}

/** A renderer on the page, holding one graph: where its fitted view is, and how to move it. */
export interface MountedRenderer {
  readonly settleMs: number | undefined;
  readonly iterationsDoneMs?: number | undefined;
  fitted(): FittedView;
  moveTo(view: FittedView): void;
  /** A view drawing off the main thread records the frames it draws (`CanvasView.frames`). */
  readonly frames?: {
    recordFrames(): boolean;
    recordedFrames(): Promise<number[]>;
  };
  destroy(): void;
}
