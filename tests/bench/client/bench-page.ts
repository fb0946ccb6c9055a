// Benchmark page: one renderer, one generated graph per call; window.runBench() measures the
// layout's settle time, main-thread long tasks meanwhile, and frames per second while the
// scripted pan-and-zoom sequence moves the view.
import { cameraAt } from './camera';
import { generateGraph } from './graph';
import type { Renderer } from './options';
import { mountCanvas } from './renderers/canvas';
import { mountSvg } from './renderers/svg';
import { mountVis } from './renderers/vis';
import type { BenchResult } from './result';
import { frameStats } from './stats';

const MOUNT = { canvas: mountCanvas, svg: mountSvg, vis: mountVis } as const;

function observeLongTasks(): { stop(): number[] } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
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

async function runBench(
  renderer: Renderer,
  n: number,
  seconds: number,
  timeoutMs: number,
): Promise<BenchResult> {
  const stage = document.querySelector<HTMLElement>('#stage');
  if (!stage) throw new Error('no #stage on the benchmark page');
  const graph = generateGraph(n);
  const tasks = observeLongTasks();
  const mounted = await MOUNT[renderer](stage, graph, timeoutMs);
  const long = tasks.stop();
  const { width, height } = stage.getBoundingClientRect();
  const fit = mounted.fitted();
  // One second of the sequence first, not counted: caches warm, the first frames drawn.
  await recordFrames(1000, (t) => mounted.moveTo(cameraAt(t, fit, width, height)));
  const stamps = await recordFrames(seconds * 1000, (t) =>
    mounted.moveTo(cameraAt(t, fit, width, height)),
  );
  mounted.destroy();
  return {
    renderer,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    settleMs: mounted.settleMs,
    iterationsDoneMs: mounted.iterationsDoneMs,
    longTasks: long.length,
    longestTaskMs: Math.max(0, ...long),
    ...frameStats(stamps),
  };
}

declare global {
  interface Window {
    runBench: typeof runBench;
  }
}

window.runBench = runBench;
