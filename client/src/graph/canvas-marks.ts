// The Canvas view's display state as a job (chunked.ts): the display state (display-state.ts)
// turned into the index lists a frame paints (canvas-scene.ts), over several tasks for a new
// large graph; and the promise of a settled layout that later updates keep pending.
import { marksSteps, type CanvasScene, type SceneMarks } from './canvas-scene';
import { runChunked, TASK_BUDGET_MS, type ChunkedJob, type Steps } from './chunked';
import { displaySteps, LABEL_ZOOM, type DisplayInput } from './display-state';

/**
 * Computes `scene`'s marks for `view` (at the Canvas view's label zoom) and hands them to `done`:
 * over several tasks when `chunked`, else before returning. Cancelling the job drops them.
 */
export function marksJob(
  scene: CanvasScene,
  view: Omit<DisplayInput, 'labelZoom'>,
  chunked: boolean,
  done: (marks: SceneMarks) => void,
): ChunkedJob {
  const steps = function* (): Steps<SceneMarks> {
    const display = yield* displaySteps(scene.graph, { ...view, labelZoom: LABEL_ZOOM.canvas });
    return yield* marksSteps(scene, display);
  };
  return runChunked(steps(), done, chunked ? TASK_BUDGET_MS : Infinity);
}
