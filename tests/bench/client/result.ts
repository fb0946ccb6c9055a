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

/** What `benchCamera` returns: frame statistics while the scripted camera moves. */
export type CameraResult = FrameStats;

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
  destroy(): void;
}
