import { describe, expect, it } from 'vitest';
import { edgeShape } from '../../../../client/src/graph/geometry';
import {
  buildLayoutGraph,
  curvatures,
  runLayout,
  seededRandom,
} from '../../../../client/src/graph/layout';
import type { GraphEdge, SerializedGraph } from '../../../../server/domain/model';

function edge(key: string, source: string, target: string): GraphEdge {
  return {
    key,
    source,
    target,
    attributes: { type: 'OWNS', time: {}, attributes: {}, sources: [{ source: 's' }] },
  };
}

const graph: SerializedGraph = {
  attributes: { sources: {} },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: ['a', 'b', 'c', 'd'].map((key) => ({
    key,
    attributes: { kind: 'Brand', name: key.toUpperCase(), aliases: [] },
  })),
  edges: [
    edge('1', 'a', 'b'),
    edge('2', 'b', 'a'),
    edge('3', 'a', 'b'),
    edge('4', 'c', 'd'),
    edge('5', 'a', 'zz'),
  ],
};

describe('layout set-up', () => {
  it('fans out edges that share a pair, whatever their direction, and leaves lone edges straight', () => {
    const c = curvatures(graph.edges);
    expect(c.get('4')).toBe(0);
    const pair = ['1', '2', '3'].map((k) => c.get(k) ?? NaN);
    // In the frame of a→b the three edges bend by -1, 0 and +1.
    expect([pair[0], -(pair[1] ?? 0), pair[2]].sort()).toEqual([-1, 0, 1]);
  });

  it('drops edges whose ends are not in the graph and counts degrees', () => {
    const { nodes, links } = buildLayoutGraph(graph);
    expect(links.map((l) => l.id)).toEqual(['1', '2', '3', '4']);
    expect(nodes.find((n) => n.id === 'a')?.degree).toBe(3);
  });

  it('is reproducible: the same seed gives the same positions, another seed does not', () => {
    const place = (seed: number): [number, number][] => {
      const { nodes, links } = buildLayoutGraph(graph);
      runLayout(nodes, links, { seed, ticks: 120 });
      return nodes.map((n) => [n.x ?? NaN, n.y ?? NaN]);
    };
    const first = place(7);
    const again = place(7);
    first.forEach(([x, y], i) => {
      expect(again[i]?.[0]).toBeCloseTo(x, 6);
      expect(again[i]?.[1]).toBeCloseTo(y, 6);
    });
    expect(place(8)).not.toEqual(first);
  });

  it('keeps connected nodes apart enough for their labels', () => {
    const { nodes, links } = buildLayoutGraph(graph);
    runLayout(nodes, links);
    const [a, b] = nodes;
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThan(80);
  });

  it('draws a seeded random source in [0, 1)', () => {
    const r = seededRandom(1);
    const values = Array.from({ length: 1000 }, r);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe('edge geometry', () => {
  it('ends a straight edge before the target node, its label at the middle', () => {
    const s = edgeShape({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 10);
    expect(s.d).toBe('M0.0,0.0Q50.0,0.0 90.0,0.0');
    expect(s.label).toEqual({ x: 50, y: 0 });
  });

  it('bends edges to opposite sides for opposite curvatures', () => {
    const up = edgeShape({ x: 0, y: 0 }, { x: 100, y: 0 }, 1, 10);
    const down = edgeShape({ x: 0, y: 0 }, { x: 100, y: 0 }, -1, 10);
    expect(Math.sign(up.label.y)).toBe(-Math.sign(down.label.y));
  });
});
