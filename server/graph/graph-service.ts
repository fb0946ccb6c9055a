// Reads graphs from Neo4j and returns them in the shared wire format.
import { LIMITS } from '../domain/limits';
import { asText } from '../neo4j/to-plain';
import type { GraphEdge, SerializedGraph, Source } from '../domain/model';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { refreshFactTypes } from './fact-types';
import type { QueryRunner } from '../neo4j/query-runner';
import { chooseOverview, neighboursPerHub, overviewBounds, touched } from './overview';
import { assembleGraph, edgeOf, nodeOf, sourceOf } from './rows';

export interface Counts {
  readonly entities: number;
  readonly sources: number;
  readonly facts: number;
  /** The data files loaded (`data/*.json`), by name, with what each says it holds. */
  readonly datasets?: readonly DataFileNote[];
}

/** A loaded data file's name and its `description`. */
export interface DataFileNote {
  readonly name: string;
  readonly description?: string;
}

/** The data files of `counts`, as a graph's `datasets` attribute (nothing when none). */
export const datasetsOf = (counts: Counts): Record<string, unknown> =>
  counts.datasets?.length ? { datasets: counts.datasets } : {};

/** Sources by id: all of them, or only those `edges` cite. */
export async function readSources(
  gateway: QueryRunner,
  edges?: readonly GraphEdge[],
): Promise<Record<string, Source>> {
  const rows = edges
    ? await gateway.run('sources-by-id', {
        ids: [...new Set(edges.flatMap((e) => e.attributes.sources.map((c) => c.source)))],
      })
    : await gateway.run('graph-sources');
  return Object.fromEntries(rows.map((r) => [asText(r.id), sourceOf(r)]));
}

/** Facts drawn in the first view at most; a larger graph opens on its overview. */
export const WHOLE_GRAPH_FACTS = LIMITS.wholeGraphFacts;

/**
 * The whole graph: every entity, every fact between entities, every source. A graph with
 * more than `maxFacts` facts gives its overview instead (`chooseOverview`: its hubs with their
 * strongest links, and the facts among them), marked `truncated`, with the full counts in
 * `total` and the hubs, best first, in `hubs`.
 */
export async function readWholeGraph(
  gateway: QueryRunner,
  maxFacts: number = WHOLE_GRAPH_FACTS,
): Promise<SerializedGraph> {
  const counts = await readCounts(gateway);
  if (counts.facts > maxFacts) return readOverview(gateway, counts, maxFacts);
  const [entities, facts, sources] = await Promise.all([
    gateway.run('graph-entities'),
    gateway.run('graph-facts'),
    readSources(gateway),
  ]);
  const graph = assembleGraph(
    entities.map(nodeOf),
    facts.flatMap((r) => edgeOf(r) ?? []),
    sources,
  );
  // The whole graph carries every source, cited or not (a dataset of entities only has one).
  return { ...graph, attributes: { ...graph.attributes, sources, ...datasetsOf(counts) } };
}

async function readOverview(
  gateway: QueryRunner,
  counts: Counts,
  maxFacts: number,
): Promise<SerializedGraph> {
  const bounds = overviewBounds(maxFacts, LIMITS);
  const hubRows = await gateway.run('overview-entities', { limit: bounds.hubs });
  const hubs = hubRows.map((r) => ({ id: asText(r.id), degree: Number(r.degree) }));
  const linkRows = await gateway.run('overview-links', {
    hubs: hubs.map((h) => h.id),
    perHub: neighboursPerHub(hubs.length, bounds.entities),
  });
  const links = linkRows.map((r) => ({
    hub: asText(r.hub),
    id: asText(r.id),
    degree: Number(r.degree),
    links: Number(r.links),
  }));
  const choice = chooseOverview(hubs, links, bounds.entities);
  const facts = await gateway.run('facts-among', {
    ids: choice.entities,
    limit: maxFacts,
  });
  const edges = facts.flatMap((r) => edgeOf(r) ?? []);
  const drawn = touched(choice.entities, edges);
  const entities = await gateway.run('entities-by-id', { ids: [...drawn] });
  return assembleGraph(entities.map(nodeOf), edges, await readSources(gateway, edges), {
    truncated: true,
    total: { entities: counts.entities, facts: counts.facts },
    hubs: choice.hubs.filter((id) => drawn.has(id)),
    ...datasetsOf(counts),
  });
}

/** A subgraph from fact edges: their entities are read, their sources attached. */
export async function graphOfEdges(
  gateway: QueryRunner,
  edges: readonly GraphEdge[],
  extraIds: readonly string[] = [],
  extra: Record<string, unknown> = {},
): Promise<SerializedGraph> {
  const ids = [...new Set([...extraIds, ...edges.flatMap((e) => [e.source, e.target])])];
  const [entities, sources] = await Promise.all([
    gateway.run('entities-by-id', { ids }),
    readSources(gateway, edges),
  ]);
  return assembleGraph(entities.map(nodeOf), edges, sources, extra);
}

/**
 * Every state fact (memberships, lawsuits, ...), for snapshots and changes: `factTypes` first
 * learns the types registered in the database, then names the state types to read.
 */
export async function readStateFacts(
  gateway: QueryRunner,
  factTypes: FactTypeRegistry,
): Promise<GraphEdge[]> {
  await refreshFactTypes(gateway, factTypes);
  const rows = await gateway.run('state-facts', { types: factTypes.stateTypes() });
  return rows.flatMap((r) => edgeOf(r) ?? []);
}

/** How many entities, sources and facts are stored. */
export async function readCounts(gateway: QueryRunner): Promise<Counts> {
  const [row] = await gateway.run('counts');
  return {
    entities: Number(row?.entities ?? 0),
    sources: Number(row?.sources ?? 0),
    facts: Number(row?.facts ?? 0),
    datasets: Array.isArray(row?.datasets)
      ? (row.datasets as { name: unknown; description: unknown }[]).map((d) => ({
          name: String(d.name),
          ...(typeof d.description === 'string' ? { description: d.description } : {}),
        }))
      : [],
  };
}
