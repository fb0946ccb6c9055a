// What one measurement in the benchmark page returns to the script (shared by page and script).
import type { FittedView } from './camera';
import type { Renderer } from './options';

export interface BenchResult {
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
  readonly fps: number;
  readonly p95FrameMs: number;
  readonly worstFrameMs: number;
}

/** A renderer on the page, holding one graph: where its fitted view is, and how to move it. */
export interface MountedRenderer {
  readonly settleMs: number | undefined;
  readonly iterationsDoneMs?: number | undefined;
  fitted(): FittedView;
  moveTo(view: FittedView): void;
  destroy(): void;
}
