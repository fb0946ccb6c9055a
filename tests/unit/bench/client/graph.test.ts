import { describe, expect, it } from 'vitest';
import { EDGES_PER_NODE, generateGraph } from '../../../bench/client/graph';

describe('generateGraph', () => {
  it('makes n nodes and n × 2 edges between existing nodes, without self-loops', () => {
    const g = generateGraph(1000);
    expect(g.nodes).toHaveLength(1000);
    expect(g.edges).toHaveLength(1000 * EDGES_PER_NODE);
    const keys = new Set(g.nodes.map((n) => n.key));
    expect(keys.size).toBe(1000);
    for (const e of g.edges) {
      expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
      expect(e.source).not.toBe(e.target);
    }
  });

  it('gives the same graph for the same size and seed, another for another seed', () => {
    expect(generateGraph(200)).toEqual(generateGraph(200));
    expect(generateGraph(200, 2, 8).edges).not.toEqual(generateGraph(200).edges);
  });

  it('has a few hubs: targets lean towards the first entities', () => {
    const g = generateGraph(5000);
    const degree = new Map<string, number>();
    for (const e of g.edges) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    expect(degree.get('e0') ?? 0).toBeGreaterThan(50);
    expect(Math.max(...degree.values())).toBeLessThan(g.edges.length / 10);
  });

  it('refuses fewer than two nodes', () => {
    expect(() => generateGraph(1)).toThrow(/invalid node count: 1/);
    expect(() => generateGraph(2.5)).toThrow(RangeError);
  });
});
