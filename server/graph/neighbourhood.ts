// The subgraph around entities: breadth-first, one query per hop, filtered, with a node cap.
import { asText } from '../neo4j/to-plain';
import type { GraphEdge, SerializedGraph } from '../domain/model';
import type { EntityKind, FactType } from '../domain/vocabulary';
import { NotFoundError } from '../errors';
import type { QueryRunner } from '../neo4j/query-runner';
import { readRedirects } from '../merging/redirects';
import { graphOfEdges } from './graph-service';
import { edgeOf } from './rows';

export interface Filters {
  readonly kinds?: readonly EntityKind[] | undefined;
  readonly types?: readonly FactType[] | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface NeighbourhoodRequest extends Filters {
  readonly ids: readonly string[];
  readonly depth: number;
  /** Most entities in the answer; beyond it the answer is cut and marked `truncated`. */
  readonly limit: number;
}

/** Filter parameters as the Cypher files take them: null where not filtered. */
export function filterParams(f: Filters): {
  kinds: readonly EntityKind[] | null;
  types: readonly FactType[] | null;
  from: string | null;
  to: string | null;
} {
  return {
    kinds: f.kinds ?? null,
    types: f.types ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
  };
}

/**
 * `ids` that are entities now: an id merged away (by a standing merge) is replaced by the one it
 * was merged into. NotFoundError for the others.
 */
async function presentIds(gateway: QueryRunner, ids: readonly string[]): Promise<string[]> {
  const found = await gateway.run('entities-by-id', { ids });
  const known = new Set(found.map((r) => asText(r.id)));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return [...ids];
  const redirects = await readRedirects(gateway, missing);
  const gone = missing.filter((id) => !redirects.has(id));
  if (gone.length > 0)
    throw new NotFoundError(`No entity with id ${gone.map((m) => `"${m}"`).join(', ')}`);
  return [...new Set(ids.map((id) => redirects.get(id) ?? id))];
}

/**
 * The subgraph within `depth` hops of `ids`, at most `limit` entities (`truncated` when cut);
 * an id merged away reads as the entity it was merged into; NotFoundError for unknown ids.
 */
export async function readNeighbourhood(
  gateway: QueryRunner,
  asked: NeighbourhoodRequest,
): Promise<SerializedGraph> {
  const request = { ...asked, ids: await presentIds(gateway, asked.ids) };

  const seen = new Set(request.ids);
  const edges = new Map<string, GraphEdge>();
  let frontier = [...request.ids];
  let truncated = false;
  for (let hop = 0; hop < request.depth && frontier.length > 0 && !truncated; hop += 1) {
    // Each new entity needs at least one fact, and facts already kept may come back: this many
    // rows hold every entity still allowed and one more. A hop that fills the row cap may have
    // left facts unread, so the answer is then marked truncated, whatever order rows come in.
    const room = request.limit - seen.size;
    const cap = Math.max(room, 0) + edges.size + 1;
    const rows = await gateway.run('expand', {
      frontier,
      ...filterParams(request),
      limit: cap,
    });
    const admitted = admitHop(
      rows.flatMap((r) => edgeOf(r) ?? []),
      seen,
      edges,
      request.limit,
    );
    truncated = admitted.truncated || rows.length >= cap;
    frontier = admitted.next;
  }
  return graphOfEdges(gateway, [...edges.values()], request.ids, { truncated });
}

/**
 * One breadth-first hop: keeps each of `hopEdges` whose new ends still fit in `limit` entities,
 * adding them to `seen` (mutated) and the edge to `edges` (mutated, by key). Returns the ids new
 * in this hop (the next frontier) and whether an edge was left out for want of room. Shared by
 * the neighbourhood read now and as known on a day (known-reads.ts).
 */
export function admitHop(
  hopEdges: readonly GraphEdge[],
  seen: Set<string>,
  edges: Map<string, GraphEdge>,
  limit: number,
): { next: string[]; truncated: boolean } {
  const next: string[] = [];
  let truncated = false;
  for (const edge of hopEdges) {
    const newIds = [edge.source, edge.target].filter((x) => !seen.has(x));
    if (seen.size + newIds.length > limit) {
      truncated = true;
      continue;
    }
    for (const x of newIds) {
      seen.add(x);
      next.push(x);
    }
    edges.set(edge.key, edge);
  }
  return { next, truncated };
}
