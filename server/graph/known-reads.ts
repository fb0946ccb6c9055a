// Reads "as known on" a day (`known=YYYY-MM-DD`): the whole graph, a neighbourhood and an
// entity page as the product held them at the end of that day (UTC). Records recorded later
// are left out by the `known-*` queries; records changed, retracted or merged since come back
// from the earliest revision after the day (server/domain/known-on.ts).
import type { FactTypeLookup } from '../domain/fact-type-registry';
import { graphAsKnown, knownBefore, knownOverlay, type KnownOverlay } from '../domain/known-on';
import type { EntityDetails } from '../domain/api';
import type { GraphEdge, SerializedGraph } from '../domain/model';
import { inRange } from '../domain/view-filter';
import { NotFoundError } from '../errors';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';
import { entityDetails, type Party } from './entity';
import { datasetsOf, readCounts, readSources } from './graph-service';
import type { NeighbourhoodRequest } from './neighbourhood';
import { admitHop, filterParams } from './neighbourhood';
import { assembleGraph, edgeOf, nodeOf } from './rows';

/** The revisions written after day `known`, as the overlay that turns today's graph back. */
export async function readOverlay(gateway: QueryRunner, known: string): Promise<KnownOverlay> {
  const rows = await gateway.run('known-revisions', { before: knownBefore(known) });
  return knownOverlay(
    rows.map((r) => ({
      seq: Number(r.seq),
      target: asText(r.target),
      targetId: asText(r.targetId),
      before: typeof r.before === 'string' ? r.before : null,
    })),
  );
}

/** Whether a restored fact passes a neighbourhood's type and date filters. */
function passes(edge: GraphEdge, request: NeighbourhoodRequest): boolean {
  const { types, from, to } = request;
  return (types === undefined || types.includes(edge.attributes.type)) && inRange(edge, from, to);
}

/** Entities by id as known on the day: stored ones recorded by then, overlaid. */
async function knownNodes(
  gateway: QueryRunner,
  ids: readonly string[],
  before: string,
  overlay: KnownOverlay,
): Promise<SerializedGraph['nodes']> {
  const rows = ids.length > 0 ? await gateway.run('known-entities-by-id', { ids, before }) : [];
  const stored = assembleGraph(rows.map(nodeOf), [], {});
  const wanted = new Set(ids);
  return graphAsKnown(stored, overlay, {
    node: (n) => wanted.has(n.key),
    edge: () => false,
  }).nodes;
}

/**
 * The whole graph as known on `known`: every entity and fact recorded by then, each as it was
 * then, with every source and the data files' names (`datasets`). (Large graphs are not cut to their overview here: a past graph is
 * read whole.)
 */
export async function readWholeGraphKnown(
  gateway: QueryRunner,
  known: string,
): Promise<SerializedGraph> {
  const before = knownBefore(known);
  const [entities, facts, sources, overlay, counts] = await Promise.all([
    gateway.run('known-graph-entities', { before }),
    gateway.run('known-graph-facts', { before }),
    readSources(gateway),
    readOverlay(gateway, known),
    readCounts(gateway),
  ]);
  const now = assembleGraph(
    entities.map(nodeOf),
    facts.flatMap((r) => edgeOf(r) ?? []),
    sources,
  );
  const then = graphAsKnown(now, overlay);
  // The data files the graph came from, named as today (a file's description has no history).
  return { ...then, attributes: { ...then.attributes, sources, ...datasetsOf(counts) } };
}

/**
 * The neighbourhood of `request.ids` as known on `known`: breadth-first like
 * `readNeighbourhood`, each hop over the facts known then (stored ones recorded by then, less
 * those changed since, plus their state then). NotFoundError for ids not known on that day.
 */
export async function readNeighbourhoodKnown(
  gateway: QueryRunner,
  request: NeighbourhoodRequest,
  known: string,
): Promise<SerializedGraph> {
  const before = knownBefore(known);
  const overlay = await readOverlay(gateway, known);
  const found = await knownNodes(gateway, request.ids, before, overlay);
  const have = new Set(found.map((n) => n.key));
  const missing = request.ids.filter((id) => !have.has(id));
  if (missing.length > 0)
    throw new NotFoundError(`No entity with id ${missing.map((m) => `"${m}"`).join(', ')}`);

  const restored = [...overlay.facts.values()].filter(
    (e): e is GraphEdge => e !== null && passes(e, request),
  );
  const seen = new Set(request.ids);
  const edges = new Map<string, GraphEdge>();
  let frontier = [...request.ids];
  let truncated = false;
  for (let hop = 0; hop < request.depth && frontier.length > 0 && !truncated; hop += 1) {
    const room = request.limit - seen.size;
    const cap = Math.max(room, 0) + edges.size + 1;
    const rows = await gateway.run('known-expand', {
      frontier,
      ...filterParams(request),
      limit: cap,
      before,
    });
    const inFrontier = new Set(frontier);
    const hopEdges = [
      ...rows.flatMap((r) => edgeOf(r) ?? []).filter((e) => !overlay.facts.has(e.key)),
      ...restored.filter((e) => inFrontier.has(e.source) || inFrontier.has(e.target)),
    ];
    const admitted = admitHop(hopEdges, seen, edges, request.limit);
    truncated = admitted.truncated || rows.length >= cap;
    frontier = admitted.next;
  }
  // A restored fact's other end may be of a kind the filter leaves out (the query checked
  // only stored ones); it goes, and so do the facts that reach it.
  const kinds = request.kinds;
  const nodes = (await knownNodes(gateway, [...seen], before, overlay)).filter(
    (n) => !kinds || have.has(n.key) || kinds.includes(n.attributes.kind),
  );
  const drawn = new Set(nodes.map((n) => n.key));
  const kept = [...edges.values()].filter((e) => drawn.has(e.source) && drawn.has(e.target));
  return assembleGraph(nodes, kept, await readSources(gateway, kept), { truncated });
}

/**
 * One entity's page as known on `known`: the entity then, and every fact touching it then.
 * NotFoundError when it was not known on that day.
 */
export async function readEntityKnown(
  gateway: QueryRunner,
  id: string,
  known: string,
  factTypes: FactTypeLookup,
): Promise<EntityDetails> {
  const graph = await readNeighbourhoodKnown(
    gateway,
    { ids: [id], depth: 1, limit: Number.MAX_SAFE_INTEGER },
    known,
  );
  const node = graph.nodes.find((n) => n.key === id);
  if (!node) throw new NotFoundError(`No entity with id "${id}"`);
  const names = new Map<string, Party>(
    graph.nodes.map((n) => [n.key, { name: n.attributes.name, kind: n.attributes.kind }]),
  );
  const edges = graph.edges.filter((e) => e.source === id || e.target === id);
  return entityDetails(node, edges, names, graph.attributes.sources, factTypes);
}
