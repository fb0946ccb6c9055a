// The benchmark graph: one seeded random graph, the same nodes and edges for every renderer.
import type { SerializedGraph } from '../../../server/domain/model';
import { ENTITY_KINDS } from '../../../server/domain/vocabulary';
import { seededRandom } from '../../../client/src/graph/layout';

/** Edges per node in the benchmark graph (5,000 nodes: 10,000 edges). */
export const EDGES_PER_NODE = 2;

/**
 * A seeded random graph of `n` entities and `n × edgesPerNode` facts: sources uniform, targets
 * skewed towards low indices (a few hubs, like a real corpus), no self-loops. Same input, same
 * graph.
 */
export function generateGraph(n: number, edgesPerNode = EDGES_PER_NODE, seed = 7): SerializedGraph {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`invalid node count: ${n} (at least 2)`);
  const m = Math.round(n * edgesPerNode);
  const random = seededRandom(seed);
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
