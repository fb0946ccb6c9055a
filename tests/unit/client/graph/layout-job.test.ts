import { describe, expect, it } from 'vitest';
import { runLayoutJob, type LayoutProgress } from '../../../../client/src/graph/layout-job';
import { buildLayoutGraph, runLayout } from '../../../../client/src/graph/layout';
import type { SerializedGraph } from '../../../../server/domain/model';

/** A chain with a hub: `n` entities, each owning the next, and entity 0 owning every tenth. */
function graphOf(n: number): SerializedGraph {
  const keys = Array.from({ length: n }, (_, i) => `e-${i}`);
  const pairs: [number, number][] = [];
  for (let i = 1; i < n; i += 1) pairs.push([i - 1, i]);
  for (let i = 10; i < n; i += 10) pairs.push([0, i]);
  return {
    attributes: { sources: {} },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: keys.map((key) => ({ key, attributes: { kind: 'Brand', name: key, aliases: [] } })),
    edges: pairs.map(([s, t], i) => ({
      key: `f-${i}`,
      source: keys[s] ?? '',
      target: keys[t] ?? '',
      attributes: { type: 'OWNS', time: {}, attributes: {}, sources: [{ source: 's' }] },
    })),
  };
}

/** What the worker computes for `graph`, as the Canvas view asks it (typed arrays). */
function workerPositions(
  graph: SerializedGraph,
  seed: number,
  initial = new Map<string, { x: number; y: number }>(),
  pinned = new Set<string>(),
  budget?: number,
): { last: LayoutProgress; messages: number } {
  const index = new Map(graph.nodes.map((n, i) => [n.key, i]));
  const positions = new Float32Array(graph.nodes.length * 2).fill(Number.NaN);
  graph.nodes.forEach((n, i) => {
    const at = initial.get(n.key);
    if (at) positions.set([at.x, at.y], 2 * i);
  });
  let last: LayoutProgress | undefined;
  let messages = 0;
  runLayoutJob(
    {
      ids: graph.nodes.map((n) => n.key),
      sources: Int32Array.from(graph.edges, (e) => index.get(e.source) ?? -1),
      targets: Int32Array.from(graph.edges, (e) => index.get(e.target) ?? -1),
      positions,
      pinned: Uint8Array.from(graph.nodes, (n) => (pinned.has(n.key) ? 1 : 0)),
      seed,
      ticks: 300,
      budget,
    },
    (p) => {
      last = p;
      messages += 1;
    },
  );
  if (!last?.done) throw new Error('the job never finished');
  return { last, messages };
}

function mainPositions(
  graph: SerializedGraph,
  seed: number,
  initial = new Map<string, { x: number; y: number }>(),
  pinned = new Set<string>(),
  budget?: number,
): number[] {
  const { nodes, links } = buildLayoutGraph(graph);
  runLayout(nodes, links, { seed, initial, pinned, budget });
  return nodes.flatMap((n) => [n.x ?? NaN, n.y ?? NaN]);
}

function expectSame(worker: Float32Array, main: number[]): void {
  expect(worker.length).toBe(main.length);
  // Float32 (the worker's transfer format) keeps about 7 significant digits.
  main.forEach((v, i) => expect(worker[i]).toBeCloseTo(v, 2));
}

describe('the seeded layout on the main thread and in the worker', () => {
  it('gives the same positions for the same seed, small (SVG) and large (Canvas)', () => {
    for (const n of [60, 1600]) {
      const graph = graphOf(n);
      const { last, messages } = workerPositions(graph, 7);
      expectSame(last.positions, mainPositions(graph, 7));
      // The worker reports progress while it runs, then the settled positions once.
      expect(messages).toBeGreaterThan(1);
    }
    expect(workerPositions(graphOf(60), 8).last.positions).not.toEqual(
      workerPositions(graphOf(60), 7).last.positions,
    );
  });

  it('spends the same ticks when given the same budget (the Canvas view lifts it in the worker)', () => {
    const graph = graphOf(400);
    const unbounded = workerPositions(graph, 3, undefined, undefined, Infinity);
    expectSame(unbounded.last.positions, mainPositions(graph, 3, undefined, undefined, Infinity));
    // 300 ticks, progress every 25: eleven reports and the settled positions.
    expect(unbounded.messages).toBe(12);
    expect(workerPositions(graph, 3).messages).toBeLessThan(12);
  });

  it('grows the same way: kept entities stay, new ones settle beside them, pinned ones held', () => {
    const graph = graphOf(80);
    const initial = new Map(
      graph.nodes
        .slice(0, 50)
        .map((n, i) => [n.key, { x: (i % 10) * 40, y: Math.floor(i / 10) * 40 }]),
    );
    const pinned = new Set(['e-3']);
    const main = mainPositions(graph, 42, initial, pinned);
    const { last } = workerPositions(graph, 42, initial, pinned);
    expectSame(last.positions, main);
    // Kept positions are where they were; the pinned one too.
    expect([last.positions[6], last.positions[7]]).toEqual([120, 0]);
    expect([main[6], main[7]]).toEqual([120, 0]);
    expect(main[2 * 60]).not.toBeNaN();
  });
});
