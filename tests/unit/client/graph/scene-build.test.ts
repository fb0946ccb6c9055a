// The Canvas scene built in steps over many tasks (scene-build.ts) is the scene built at once,
// and both are what a plain one-pass build gives, on a graph shaped like real data: hubs,
// self-relations, duplicate facts between the same entities, facts whose ends are missing.
import { describe, expect, it } from 'vitest';
import { marksOf, marksSteps, type CanvasScene } from '../../../../client/src/graph/canvas-scene';
import { runChunked, type Steps, type TaskClock } from '../../../../client/src/graph/chunked';
import { displayState, displaySteps } from '../../../../client/src/graph/display-state';
import {
  carryOver,
  carryOverSteps,
  nextSceneSteps,
  sceneOf,
  sceneSteps,
} from '../../../../client/src/graph/scene-build';
import type { SerializedGraph } from '../../../../server/domain/model';

const KINDS = ['Brand', 'Company', 'Person', 'Organization'] as const;

/** `n` entities, `2n` facts: targets lean to the first entities (hubs), 3 % self-relations,
 *  every 50th fact repeated between the same two entities, every 97th to a missing entity. */
function realistic(n: number, prefix = 'e'): SerializedGraph {
  let seed = 11;
  const random = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const edges: unknown[] = [];
  for (let j = 0; j < 2 * n; j += 1) {
    const s = Math.floor(random() * n);
    const r = random();
    const t = r < 0.03 ? s : Math.floor(random() ** 2 * n);
    const target = j % 97 === 0 ? 'missing' : `${prefix}${t}`;
    const attributes = { type: 'OWNS', time: {}, attributes: {}, sources: [{ source: 's' }] };
    edges.push({ key: `f${j}`, source: `${prefix}${s}`, target, attributes });
    if (j % 50 === 0) edges.push({ key: `f${j}b`, source: `${prefix}${s}`, target, attributes });
  }
  return {
    attributes: { sources: {}, hubs: [`${prefix}0`] },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: Array.from({ length: n }, (_, i) => ({
      key: `${prefix}${i}`,
      attributes: { kind: KINDS[i % KINDS.length], name: `Entity ${i}`, aliases: [] },
    })),
    edges,
  } as unknown as SerializedGraph;
}

/** Runs `steps` over as many tasks as a 1 ms budget with 1 ms per step makes; counts the tasks. */
function inTasks<T>(steps: Steps<T>): { value: T; tasks: number } {
  let time = 0;
  let queue: (() => void)[] = [];
  let tasks = 1;
  const clock: TaskClock = { now: () => (time += 1), later: (run) => queue.push(run) };
  let value: T | undefined;
  runChunked(steps, (v) => (value = v), 1, clock);
  while (queue.length > 0) {
    const next = queue;
    queue = [];
    for (const run of next) {
      tasks += 1;
      run();
    }
  }
  if (value === undefined) throw new Error('the steps never finished');
  return { value, tasks };
}

/** The scene's plain parts, comparable with toEqual. */
function plain(scene: CanvasScene): unknown {
  return { ...scene, graph: undefined, index: [...scene.index] };
}

describe('sceneSteps', () => {
  const graph = realistic(3000);

  it('builds over many tasks the same scene as sceneOf builds at once', () => {
    const { value, tasks } = inTasks(sceneSteps(graph, 100));
    expect(tasks).toBeGreaterThan(50);
    expect(plain(value)).toEqual(plain(sceneOf(graph)));
  });

  it('is the plain one-pass scene: missing ends left out, loops and duplicates kept', () => {
    const scene = sceneOf(graph);
    const index = new Map(graph.nodes.map((n, i) => [n.key, i]));
    const kept = graph.edges.filter((e) => index.has(e.source) && index.has(e.target));
    expect(kept.length).toBeLessThan(graph.edges.length);
    expect(scene.keys).toEqual(kept.map((e) => e.key));
    expect([...scene.sources]).toEqual(kept.map((e) => index.get(e.source)));
    expect([...scene.targets]).toEqual(kept.map((e) => index.get(e.target)));
    const degree = graph.nodes.map(
      (n) =>
        kept.filter((e) => e.source === n.key).length +
        kept.filter((e) => e.target === n.key).length,
    );
    expect([...scene.degree]).toEqual(degree);
    const loops = [...scene.loops].filter((l) => l >= 0);
    expect(loops.length).toBe(kept.filter((e) => e.source === e.target).length);
    expect(Math.max(...degree)).toBe(scene.degree[scene.byDegree[0] ?? -1]);
    const batched = scene.batches.flatMap((b) => [...b.indices]).sort((a, b) => a - b);
    expect(batched).toEqual([...graph.nodes.keys()]);
  });
});

describe('carrying positions over', () => {
  it('gives the same points over many tasks as at once, pins kept, new entities NaN', () => {
    const before = sceneOf(realistic(2000));
    const points = before.ids.map((_, i) => ({ index: i, x: i, y: -i }));
    const after = sceneOf(realistic(2500));
    const pinned = new Set(['e3', 'e2100']);
    const { value } = inTasks(carryOverSteps(after, before, points, pinned, 50));
    expect(value).toEqual(carryOver(after, before, points, pinned));
    expect([value.positions[6], value.positions[7]]).toEqual([3, -3]);
    expect(Number.isNaN(value.positions[2 * 2100])).toBe(true);
    expect([value.pinned[3], value.pinned[2100], value.pinned[4]]).toEqual([1, 1, 0]);
  });

  it('carries nothing over when the entities and drawn facts are the same', () => {
    const graph = realistic(500);
    const old = sceneOf(graph);
    const same = inTasks(nextSceneSteps({ ...graph }, old, [], new Set())).value;
    expect(same.carried).toBeUndefined();
    const other = inTasks(nextSceneSteps(realistic(500, 'x'), old, [], new Set())).value;
    expect(other.carried?.points).toHaveLength(500);
  });
});

describe('the display state in steps', () => {
  it('is the same over many tasks as at once, for a hovered, selected and highlighted view', () => {
    const graph = realistic(3000);
    const scene = sceneOf(graph);
    const input = {
      selected: { kind: 'fact', id: 'f10' } as const,
      highlight: { nodes: new Set(['e5', 'e6']), edges: new Set(['f7']) },
      hovered: 'e0',
      pinned: new Set(['e9']),
      prominent: new Set(['e1', 'e2']),
      zoom: 0.5,
      labelZoom: 1.1,
    };
    const display = inTasks(displaySteps(graph, input, 100)).value;
    expect(display).toEqual(displayState(graph, input));
    expect(inTasks(marksSteps(scene, display, 100)).value).toEqual(marksOf(scene, display));
  });
});
