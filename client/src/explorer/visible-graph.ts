// What the view shows: the loaded graph minus hidden entities, kinds, types and out-of-range facts.
import type { GraphEdge, SerializedGraph } from '../../../server/domain/model';
import { boundsOf } from '../../../server/domain/time';
import { filterGraph, inRange, withoutLoosePublications } from '../../../server/domain/view-filter';
import { mergeGraphs } from '../../../server/domain/view-graph';
import type { ViewState } from './view-state';

export { inRange, mergeGraphs };

export interface Counts {
  readonly kinds: ReadonlyMap<string, number>;
  readonly types: ReadonlyMap<string, number>;
}

/**
 * The graph as it stood on a day: state facts only while in force (per `inForce`, from the
 * snapshot), events only once they may have happened, undated facts as they are.
 */
export function asOfFilter(edge: GraphEdge, day: string, inForce: ReadonlySet<string>): boolean {
  const t = edge.attributes.time;
  if (t.at) return boundsOf(t.at).earliest <= day;
  if (t.start || t.end) return inForce.has(edge.key);
  return true;
}

/**
 * The visible subgraph of a loaded graph under the view state's filters; publications no fact
 * touches are left out of a first view unless `keepLoose` (exports carry them).
 */
export function visibleGraph(
  graph: SerializedGraph,
  state: ViewState,
  inForce?: ReadonlySet<string>,
  keepLoose = false,
): SerializedGraph {
  const { nodes, edges } = filterGraph(
    graph,
    state,
    (e) => state.asOf === undefined || inForce === undefined || asOfFilter(e, state.asOf, inForce),
  );
  return {
    ...graph,
    nodes: keepLoose ? nodes : withoutLoosePublications(nodes, edges, state),
    edges,
  };
}

/** How many entities of each kind and facts of each type the loaded graph holds. */
export function countsOf(graph: SerializedGraph): Counts {
  const kinds = new Map<string, number>();
  const types = new Map<string, number>();
  for (const n of graph.nodes)
    kinds.set(n.attributes.kind, (kinds.get(n.attributes.kind) ?? 0) + 1);
  for (const e of graph.edges)
    types.set(e.attributes.type, (types.get(e.attributes.type) ?? 0) + 1);
  return { kinds, types };
}
