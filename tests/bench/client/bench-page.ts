// Benchmark page: one renderer, one generated graph per page, in two calls so the script can
// read the machine's load (and switch profilers) between them. window.benchLayout() measures
// the layout's settle time and main-thread long tasks meanwhile; window.benchCamera() the
// frames per second while the scripted pan-and-zoom sequence moves the view.
import { cameraAt } from './camera';
import { generateGraph } from './graph';
import type { Renderer } from './options';
import { mountCanvas } from './renderers/canvas';
import { mountSvg } from './renderers/svg';
import { mountVis } from './renderers/vis';
import type { CameraResult, LayoutResult, MountedRenderer } from './result';
import { frameStats } from './stats';

const MOUNT = { canvas: mountCanvas, svg: mountSvg, vis: mountVis } as const;

/** The next animation frame's timestamp. */
const nextFrame = (): Promise<number> => new Promise((done) => requestAnimationFrame(done));

function observeLongTasks(): { stop(): Promise<number[]> } {
  const durations: number[] = [];
  const take = (entries: PerformanceEntryList): void => {
    for (const entry of entries) durations.push(entry.duration);
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    async stop() {
      // The task that settled the layout, and the frame it asked for, end after the promise
      // resolved: wait for them, so their entries are queued and taken too.
      await nextFrame();
      await nextFrame();
      await new Promise((done) => setTimeout(done, 0));
      take(observer.takeRecords());
      observer.disconnect();
      return durations;
    },
  };
}

/** Frame timestamps over `ms`, calling `step` with the elapsed time at each animation frame. */
function recordFrames(ms: number, step: (t: number) => void): Promise<number[]> {
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const loop = (now: number): void => {
      const start = stamps[0] ?? now;
      stamps.push(now);
      if (now - start >= ms) {
        resolve(stamps);
        return;
      }
      step(now - start);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

let mounted: MountedRenderer | undefined;

async function benchLayout(
  renderer: Renderer,
  n: number,
  timeoutMs: number,
): Promise<LayoutResult> {
  const stage = document.querySelector<HTMLElement>('#stage');
  if (!stage) throw new Error('no #stage on the benchmark page');
  const graph = generateGraph(n);
  // The graph is the benchmark's, not the view's work: observe from the next task on.
  await new Promise((done) => setTimeout(done, 0));
  const tasks = observeLongTasks();
  mounted = await MOUNT[renderer](stage, graph, timeoutMs);
  const long = await tasks.stop();
  return {
    renderer,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    settleMs: mounted.settleMs,
    iterationsDoneMs: mounted.iterationsDoneMs,
    longTasks: long.length,
    longestTaskMs: Math.max(0, ...long),
  };
}

async function benchCamera(seconds: number): Promise<CameraResult> {
  const stage = document.querySelector<HTMLElement>('#stage');
  const view = mounted;
  if (!stage || !view) throw new Error('benchCamera before benchLayout');
  const { width, height } = stage.getBoundingClientRect();
  const fit = view.fitted();
  // One second of the sequence first, not counted: caches warm, the first frames drawn.
  await recordFrames(1000, (t) => view.moveTo(cameraAt(t, fit, width, height)));
  // Frames drawn off the main thread are what the reader sees move: count those when there are.
  const offMain = view.frames?.recordFrames() ?? false;
  const stamps = await recordFrames(seconds * 1000, (t) =>
    view.moveTo(cameraAt(t, fit, width, height)),
  );
  const drawn = offMain ? await view.frames?.recordedFrames() : undefined;
  view.destroy();
  mounted = undefined;
  const main = frameStats(stamps);
  if (!drawn) return { ...main, framesFrom: 'main', mainFps: main.fps };
  return { ...frameStats(drawn), framesFrom: 'worker', mainFps: main.fps };
}

declare global {
  interface Window {
    benchLayout: typeof benchLayout;
    benchCamera: typeof benchCamera;
  }
}

window.benchLayout = benchLayout;
window.benchCamera = benchCamera;
