// The Canvas scene's orders, computed in linear time for 10,000s of entities: the same as the
// plain sorts they replace (labels best-connected first; the prominent labels of prominence.ts).
import { describe, expect, it } from 'vitest';
import { marksOf, NO_DISPLAY, prominentOf } from '../../../../client/src/graph/canvas-scene';
import { byDegreeOf, sceneOf } from '../../../../client/src/graph/scene-build';
import { prominentIds } from '../../../../client/src/graph/prominence';
import type { SerializedGraph } from '../../../../server/domain/model';

/** A seeded graph of `n` entities and `m` facts with a few hubs (targets lean to low indices). */
function graph(n: number, m: number, hubs: string[] = []): SerializedGraph {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return {
    attributes: { sources: {}, hubs },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: Array.from({ length: n }, (_, i) => ({
      key: `e${i}`,
      attributes: { kind: 'Brand', name: `Entity ${i}`, aliases: [] },
    })),
    edges: Array.from({ length: m }, (_, i) => ({
      key: `f${i}`,
      source: `e${Math.floor(random() * n)}`,
      target: `e${Math.floor(random() ** 2 * n)}`,
      attributes: { type: 'OWNS', time: {}, attributes: {}, sources: [{ source: 's' }] },
    })),
  } as unknown as SerializedGraph;
}

describe('byDegreeOf', () => {
  it('orders entities by degree, highest first, ties in index order (a stable sort)', () => {
    const degree = Int32Array.from([2, 5, 0, 5, 2, 1]);
    expect([...byDegreeOf(degree)]).toEqual([1, 3, 0, 4, 5, 2]);
    const scene = sceneOf(graph(500, 1200));
    const sorted = [...scene.ids.keys()].sort(
      (a, b) => (scene.degree[b] ?? 0) - (scene.degree[a] ?? 0),
    );
    expect([...scene.byDegree]).toEqual(sorted);
  });
});

describe('prominentOf', () => {
  it('names the same entities as prominentIds over all of them, hubs first', () => {
    for (const hubs of [[], ['e499', 'e3', 'missing']]) {
      const scene = sceneOf(graph(500, 1200, hubs));
      const all = scene.ids.map((id, i) => ({ id, degree: scene.degree[i] ?? 0 }));
      expect([...prominentOf(scene, 20)]).toEqual(prominentIds(all, hubs, 20));
    }
  });
});

describe('the label order of the marks', () => {
  it('holds only labelled entities, best-connected first', () => {
    const scene = sceneOf(graph(50, 120));
    expect(marksOf(scene, NO_DISPLAY).labelOrder).toHaveLength(0);
    const nodes = new Map(
      scene.ids.map((id, i) => [
        id,
        {
          selected: false,
          highlighted: i === 40,
          hovered: false,
          dimmed: false,
          label: i % 2 === 0 || i === 41,
          pinned: false,
        },
      ]),
    );
    const order = [...marksOf(scene, { nodes, edges: new Map() }).labelOrder];
    const labelled = [...scene.byDegree].filter((i) => i % 2 === 0 || i === 41);
    // The highlighted entity 40 is marked: its label comes first.
    expect(order).toEqual([40, ...labelled.filter((i) => i !== 40)]);
  });
});
