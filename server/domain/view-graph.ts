// The graph a view holds: its first view (the whole graph or its overview) and one neighbourhood
// per expanded entity, merged. Pure and shared, so the explorer and an embed of the same view
// hold the same entities and facts.
import type { GraphEdge, SerializedGraph } from './model';

/** The union of graphs: nodes by key, edges by key, sources merged. */
export function mergeGraphs(graphs: readonly SerializedGraph[]): SerializedGraph {
  const nodes = new Map<string, SerializedGraph['nodes'][number]>();
  const edges = new Map<string, GraphEdge>();
  const sources: Record<string, SerializedGraph['attributes']['sources'][string]> = {};
  for (const g of graphs) {
    for (const n of g.nodes) nodes.set(n.key, n);
    for (const e of g.edges) edges.set(e.key, e);
    Object.assign(sources, g.attributes.sources);
  }
  return {
    attributes: { name: 'Brand graph', sources },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

/**
 * A view's graph: the union of its first view (when it has one) and the neighbourhoods of its
 * expanded entities; the first view's notes (overview hubs, totals) stay with the result.
 */
export function viewGraph(
  first: SerializedGraph | undefined,
  neighbourhoods: readonly SerializedGraph[],
): SerializedGraph {
  if (!first) return mergeGraphs(neighbourhoods);
  const merged = mergeGraphs([first, ...neighbourhoods]);
  return { ...merged, attributes: { ...first.attributes, sources: merged.attributes.sources } };
}
