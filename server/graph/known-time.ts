// The facts the time reads (timeline, snapshot, changes) start from, "as known on" a day
// (`known=YYYY-MM-DD`): the same selections as dated-facts.cypher and state-facts.cypher, taken
// from the graph as known then (known-reads.ts) instead of the graph now.
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import type { GraphEdge, GraphNode, SerializedGraph } from '../domain/model';
import type { FactType } from '../domain/vocabulary';
import type { QueryRunner } from '../neo4j/query-runner';
import { refreshFactTypes } from './fact-types';
import { readNeighbourhoodKnown, readWholeGraphKnown } from './known-reads';
import { assembleGraph } from './rows';

/** Facts as known on a day, with the entities known then (by id) and every source. */
export interface KnownFacts {
  readonly edges: readonly GraphEdge[];
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly sources: SerializedGraph['attributes']['sources'];
}

const dated = (e: GraphEdge): boolean => {
  const t = e.attributes.time;
  return t.at !== undefined || t.start !== undefined || t.end !== undefined;
};

function factsOf(graph: SerializedGraph, keep: (e: GraphEdge) => boolean): KnownFacts {
  return {
    edges: graph.edges.filter(keep).sort((a, b) => a.key.localeCompare(b.key)),
    nodes: new Map(graph.nodes.map((n) => [n.key, n])),
    sources: graph.attributes.sources,
  };
}

/**
 * The dated facts as known on `known`, of one entity (every fact touching it then) or all, of
 * some types or all, in id order (dated-facts.cypher's selection). NotFoundError when the
 * entity was not known on that day.
 */
export async function readDatedFactsKnown(
  gateway: QueryRunner,
  request: { readonly entity?: string | undefined; readonly types?: readonly FactType[] },
  known: string,
): Promise<KnownFacts> {
  const types = request.types;
  const graph = request.entity
    ? await readNeighbourhoodKnown(
        gateway,
        { ids: [request.entity], depth: 1, limit: Number.MAX_SAFE_INTEGER, types },
        known,
      )
    : await readWholeGraphKnown(gateway, known);
  const entity = request.entity;
  return factsOf(
    graph,
    (e) =>
      dated(e) &&
      (types === undefined || types.includes(e.attributes.type)) &&
      (entity === undefined || e.source === entity || e.target === entity),
  );
}

/**
 * The state facts (types whose shape is a state, from the app's `factTypes`, refreshed from the
 * database first) as known on `known` (state-facts.cypher's selection).
 */
export async function readStateFactsKnown(
  gateway: QueryRunner,
  factTypes: FactTypeRegistry,
  known: string,
): Promise<KnownFacts> {
  await refreshFactTypes(gateway, factTypes);
  const states = new Set<string>(factTypes.stateTypes());
  const graph = await readWholeGraphKnown(gateway, known);
  return factsOf(graph, (e) => states.has(e.attributes.type));
}

/**
 * The subgraph of `edges` from what was known: their ends (and `extraIds`) as known then, and
 * the sources they cite; `extra` joins the graph's attributes (graphOfEdges' known twin).
 */
export function knownGraphOf(
  facts: KnownFacts,
  edges: readonly GraphEdge[],
  extraIds: readonly string[] = [],
  extra: Record<string, unknown> = {},
): SerializedGraph {
  const ids = new Set([...extraIds, ...edges.flatMap((e) => [e.source, e.target])]);
  const nodes = [...ids].flatMap((id) => facts.nodes.get(id) ?? []);
  const cited = new Set(edges.flatMap((e) => e.attributes.sources.map((c) => c.source)));
  const sources = Object.fromEntries(Object.entries(facts.sources).filter(([id]) => cited.has(id)));
  return assembleGraph(nodes, [...edges], sources, extra);
}
