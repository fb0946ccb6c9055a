// Benchmark page: the explorer's Canvas view and a plain D3 SVG force graph on the same
// generated graph; window.runBench() measures layout, long tasks and pan/zoom frame rate.
import * as d3 from 'd3';
import { CanvasView } from '../../../client/src/graph/CanvasView';
import { createSimulation, seededRandom } from '../../../client/src/graph/layout';
import type { SerializedGraph } from '../../../server/domain/model';
import { ENTITY_KINDS } from '../../../server/domain/vocabulary';

export interface BenchResult {
  readonly renderer: string;
  readonly nodes: number;
  readonly edges: number;
  readonly layoutMs: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly fps: number;
}

/** A seeded random graph: `n` entities, `m` facts, preferential-attachment-like. */
function generate(n: number, m: number): SerializedGraph {
  const random = seededRandom(7);
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `e${i}`,
    attributes: {
      kind: ENTITY_KINDS[i % ENTITY_KINDS.length] ?? 'Brand',
      name: `Entity ${i}`,
      aliases: [],
    },
  }));
  const edges = Array.from({ length: m }, (_, i) => {
    const s = Math.floor(random() * n);
    const t = Math.floor(Math.pow(random(), 2) * n);
    return {
      key: `f${i}`,
      source: `e${s}`,
      target: `e${t === s ? (t + 1) % n : t}`,
      attributes: { type: 'OWNS' as const, time: {}, attributes: {}, sources: [] },
    };
  });
  return {
    attributes: { sources: {} },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

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

/** Counts frames for `ms` while `step` moves the camera each frame. */
function measureFps(ms: number, step: (t: number) => void): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const loop = (now: number): void => {
      const elapsed = now - start;
      if (elapsed >= ms) {
        resolve((frames * 1000) / elapsed);
        return;
      }
      frames += 1;
      step(elapsed);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

/** A pan-and-zoom path: a slow circle with breathing zoom. */
function cameraAt(t: number, width: number, height: number, k0: number): d3.ZoomTransform {
  const k = k0 * (1 + 0.5 * Math.sin(t / 700));
  return d3.zoomIdentity
    .translate(width / 2 + 120 * Math.cos(t / 500), height / 2 + 120 * Math.sin(t / 500))
    .scale(k);
}

async function benchCanvas(graph: SerializedGraph): Promise<BenchResult> {
  const stage = document.querySelector<HTMLElement>('#stage');
  if (!stage) throw new Error('no stage');
  const view = new CanvasView(stage, {
    onSelect: () => undefined,
    onExpand: () => undefined,
    onViewport: () => undefined,
  });
  const tasks = observeLongTasks();
  const started = performance.now();
  view.update(graph, undefined, undefined);
  await view.settled;
  const layoutMs = performance.now() - started;
  const long = tasks.stop();
  const { width, height } = stage.getBoundingClientRect();
  const fps = await measureFps(4000, (t) => view.setTransform(cameraAt(t, width, height, 0.25)));
  view.destroy();
  return {
    renderer: 'canvas (explorer)',
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    layoutMs,
    longestTaskMs: Math.max(0, ...long),
    longTasks: long.length,
    fps,
  };
}

async function benchSvg(graph: SerializedGraph): Promise<BenchResult> {
  const stage = document.querySelector<HTMLElement>('#stage');
  if (!stage) throw new Error('no stage');
  const svg = d3.select(stage).append('svg');
  const g = svg.append('g');
  const nodes: { id: string; x?: number; y?: number }[] = graph.nodes.map((n) => ({ id: n.key }));
  const links = graph.edges.map((e) => ({
    source: e.source,
    target: e.target,
  })) as d3.SimulationLinkDatum<{ id: string; x?: number; y?: number }>[];
  const line = g
    .append('g')
    .attr('stroke', '#999')
    .attr('stroke-opacity', 0.4)
    .selectAll('line')
    .data(links)
    .join('line');
  const circle = g
    .append('g')
    .selectAll('circle')
    .data(nodes)
    .join('circle')
    .attr('r', 3)
    .attr('fill', '#0072b2');
  const tasks = observeLongTasks();
  const started = performance.now();
  // The plain approach: the simulation on the main thread, the DOM updated on every tick.
  const simulation = createSimulation(nodes, links, seededRandom(42));
  await new Promise<void>((resolve) => {
    let tick = 0;
    const frame = (): void => {
      simulation.tick();
      line
        .attr('x1', (d) => (d.source as { x?: number }).x ?? 0)
        .attr('y1', (d) => (d.source as { y?: number }).y ?? 0)
        .attr('x2', (d) => (d.target as { x?: number }).x ?? 0)
        .attr('y2', (d) => (d.target as { y?: number }).y ?? 0);
      circle.attr('cx', (d) => d.x ?? 0).attr('cy', (d) => d.y ?? 0);
      tick += 1;
      if (tick >= 300) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const layoutMs = performance.now() - started;
  const long = tasks.stop();
  const { width, height } = stage.getBoundingClientRect();
  const fps = await measureFps(4000, (t) =>
    g.attr('transform', cameraAt(t, width, height, 0.25).toString()),
  );
  svg.remove();
  return {
    renderer: 'plain D3 SVG',
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    layoutMs,
    longestTaskMs: Math.max(0, ...long),
    longTasks: long.length,
    fps,
  };
}

declare global {
  interface Window {
    runBench(renderer: 'canvas' | 'svg', n: number, m: number): Promise<BenchResult>;
  }
}

window.runBench = (renderer, n, m) =>
  renderer === 'canvas' ? benchCanvas(generate(n, m)) : benchSvg(generate(n, m));
