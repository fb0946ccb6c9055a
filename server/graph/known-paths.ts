// Paths between two entities as known on a day (`known=YYYY-MM-DD`): breadth-first over the
// facts known then, one hop at a time as the neighbourhood reads them (known-expand.cypher and
// the revisions of the facts it touches), at most 6 hops as shortest-path.cypher, the same
// filters (the kind filter spares the two ends). Every shortest path (mode `all`) or one.
import type { FactTypeLookup } from '../domain/fact-type-registry';
import { knownBefore } from '../domain/known-on';
import { LIMITS } from '../domain/limits';
import type { GraphEdge } from '../domain/model';
import { inRange } from '../domain/view-filter';
import type { PathsAnswer } from '../domain/api';
import { NotFoundError } from '../errors';
import type { QueryRunner } from '../neo4j/query-runner';
import { readSources } from './graph-service';
import { knownHop, knownNodes } from './known-reads';
import { explainPaths, type FoundPath, type PathsRequest } from './paths';
import { assembleGraph } from './rows';

/** Hops at most, as the `[*..6]` of shortest-path.cypher. */
const MAX_HOPS = 6;

interface Step {
  readonly prev: string;
  readonly edge: GraphEdge;
}

/** The paths from `from` to `to` over the steps found (shortest only), lazily, ends included. */
function* pathsBack(
  from: string,
  to: string,
  steps: ReadonlyMap<string, Step[]>,
): Generator<FoundPath> {
  if (from === to) {
    yield { nodes: [from], edges: [] };
    return;
  }
  for (const s of steps.get(to) ?? []) {
    for (const p of pathsBack(from, s.prev, steps))
      yield { nodes: [...p.nodes, to], edges: [...p.edges, s.edge] };
  }
}

/**
 * Shortest paths between two entities as known on `known` (one or all, at most
 * `request.limit`, one per sequence of entities), each as sentences; NotFoundError for ends not
 * known on that day.
 */
export async function findPathsKnown(
  gateway: QueryRunner,
  request: PathsRequest,
  known: string,
  factTypes: FactTypeLookup,
): Promise<PathsAnswer> {
  const before = knownBefore(known);
  const ends = new Set(
    (await knownNodes(gateway, [request.from, request.to], before)).map((n) => n.key),
  );
  for (const id of [request.from, request.to])
    if (!ends.has(id)) throw new NotFoundError(`No entity with id "${id}"`);

  const types = request.types;
  const passes = (e: GraphEdge): boolean =>
    (types === undefined || types.includes(e.attributes.type)) &&
    inRange(e, request.after, request.before);
  const depth = new Map<string, number>([[request.from, 0]]);
  const steps = new Map<string, Step[]>();
  const overlay = new Map<string, GraphEdge | null>();
  let frontier = [request.from];
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0 && !depth.has(request.to); hop += 1) {
    const rows = await gateway.run('known-expand', {
      frontier,
      kinds: null,
      types: types ?? null,
      from: request.after ?? null,
      to: request.before ?? null,
      limit: LIMITS.knownPathRows,
      before,
    });
    const edges = (await knownHop(gateway, frontier, rows, before, overlay))
      .filter(passes)
      .sort((a, b) => a.key.localeCompare(b.key));
    const layer = new Set(frontier);
    const next = new Set<string>();
    for (const edge of edges) {
      for (const [u, v] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        if (!layer.has(u) || (depth.get(v) ?? hop + 1) !== hop + 1) continue;
        depth.set(v, hop + 1);
        next.add(v);
        steps.set(v, [...(steps.get(v) ?? []), { prev: u, edge }]);
      }
    }
    // Entities on the way keep to the kinds asked for (the ends are spared).
    const kinds = request.kinds;
    const nodes = kinds ? await knownNodes(gateway, [...next], before) : [];
    const kindOf = new Map(nodes.map((n) => [n.key, n.attributes.kind]));
    frontier = [...next].filter((id) => {
      const kind = kindOf.get(id);
      const keep = !kinds || id === request.to || (kind !== undefined && kinds.includes(kind));
      if (!keep) {
        depth.delete(id);
        steps.delete(id);
      }
      return keep;
    });
  }

  const bySequence = new Map<string, FoundPath>();
  const most = request.mode === 'all' ? request.limit : 1;
  // Parallel facts multiply paths: at most 20 per path kept, as findPaths reads (one per
  // sequence of entities).
  let tried = 0;
  for (const path of depth.has(request.to) ? pathsBack(request.from, request.to, steps) : []) {
    const key = path.nodes.join('>');
    if (!bySequence.has(key)) bySequence.set(key, path);
    tried += 1;
    if (bySequence.size >= most || tried >= most * 20) break;
  }
  const found = [...bySequence.values()];
  const edges = [...new Map(found.flatMap((p) => p.edges).map((e) => [e.key, e])).values()];
  const ids = [...new Set([request.from, request.to, ...found.flatMap((p) => p.nodes)])];
  const graph = assembleGraph(
    await knownNodes(gateway, ids, before),
    edges,
    await readSources(gateway, edges),
  );
  return explainPaths(found, graph, factTypes);
}
