// The layout in a Web Worker: the main thread stays free while a large graph settles. The work
// itself is `runLayoutJob` (layout-job.ts), the same seeded layout the main thread runs.
import { runLayoutJob, type LayoutProgress, type LayoutRequest } from './layout-job';

export type { LayoutProgress, LayoutRequest };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  runLayoutJob(event.data, (progress) => {
    scope.postMessage(progress, [progress.positions.buffer]);
  });
};
