// Reads "as known on" a day (`known=YYYY-MM-DD`): the whole graph, a neighbourhood and an
// entity page as the product held them at the end of that day (UTC). Records recorded later
// are left out by the `known-*` queries; records changed, retracted or merged since come back
// from the earliest revision after the day (server/domain/known-on.ts).
import type { FactTypeLookup } from '../domain/fact-type-registry';
import {
  graphAsKnown,
  knownBefore,
  knownOverlay,
  type KnownOverlay,
  type RevisionAfter,
} from '../domain/known-on';
import type { EntityDetails } from '../domain/api';
import type { GraphEdge, SerializedGraph } from '../domain/model';
import { inRange } from '../domain/view-filter';
import { NotFoundError } from '../errors';
import type { Row } from '../neo4j/gateway';
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
  return knownOverlay(revisionRows(rows));
}

/** Whether a restored fact passes a neighbourhood's type and date filters. */
function passes(edge: GraphEdge, request: NeighbourhoodRequest): boolean {
  const { types, from, to } = request;
  return (types === undefined || types.includes(edge.attributes.type)) && inRange(edge, from, to);
}

/** Revision rows (seq, target, targetId, before) as the overlay reads them. */
const revisionRows = (rows: readonly Row[]): RevisionAfter[] =>
  rows.map((r) => ({
    seq: Number(r.seq),
    target: asText(r.target),
    targetId: asText(r.targetId),
    before: typeof r.before === 'string' ? r.before : null,
  }));

/**
 * Entities by id as known on the day: stored ones recorded by then, overlaid with the earliest
 * revision of each since the day (read by id, not every revision since).
 */
export async function knownNodes(
  gateway: QueryRunner,
  ids: readonly string[],
  before: string,
): Promise<SerializedGraph['nodes']> {
  if (ids.length === 0) return [];
  const [rows, revisions] = await Promise.all([
    gateway.run('known-entities-by-id', { ids, before }),
    gateway.run('known-entity-revisions', { ids, before }),
  ]);
  const stored = assembleGraph(rows.map(nodeOf), [], {});
  const wanted = new Set(ids);
  return graphAsKnown(stored, knownOverlay(revisionRows(revisions)), {
    node: (n) => wanted.has(n.key),
    edge: () => false,
  }).nodes;
}

/**
 * One hop's facts as known on the day: the stored facts `rows` less those changed since, plus
 * the state then of every fact that touched the frontier then (known-fact-revisions.cypher:
 * only their revisions are read, by index). `overlay` (mutated) keeps each fact's state then
 * across hops.
 */
export async function knownHop(
  gateway: QueryRunner,
  frontier: readonly string[],
  rows: readonly Row[],
  before: string,
  overlay: Map<string, GraphEdge | null>,
): Promise<GraphEdge[]> {
  const stored = rows.flatMap((r) => edgeOf(r) ?? []);
  const revisions = await gateway.run('known-fact-revisions', {
    frontier,
    factIds: stored.map((e) => e.key).filter((id) => !overlay.has(id)),
    before,
  });
  for (const [id, then] of knownOverlay(revisionRows(revisions)).facts) overlay.set(id, then);
  const inFrontier = new Set(frontier);
  const restored = [...overlay.values()].filter(
    (e): e is GraphEdge => e !== null && (inFrontier.has(e.source) || inFrontier.has(e.target)),
  );
  return [...stored.filter((e) => !overlay.has(e.key)), ...restored];
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
  const found = await knownNodes(gateway, request.ids, before);
  const have = new Set(found.map((n) => n.key));
  const missing = request.ids.filter((id) => !have.has(id));
  if (missing.length > 0)
    throw new NotFoundError(`No entity with id ${missing.map((m) => `"${m}"`).join(', ')}`);

  const overlay = new Map<string, GraphEdge | null>();
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
    const hopEdges = await knownHop(gateway, frontier, rows, before, overlay);
    const admitted = admitHop(
      hopEdges.filter((e) => passes(e, request)),
      seen,
      edges,
      request.limit,
    );
    truncated = admitted.truncated || rows.length >= cap;
    frontier = admitted.next;
  }
  // A restored fact's other end may be of a kind the filter leaves out (the query checked
  // only stored ones); it goes, and so do the facts that reach it.
  const kinds = request.kinds;
  const nodes = (await knownNodes(gateway, [...seen], before)).filter(
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
