// Paths between two entities, each explained as plain sentences built from its facts.
import { asText } from '../neo4j/to-plain';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import type { GraphEdge, SerializedGraph } from '../domain/model';
import { factSentence } from '../domain/sentences';
import type { EntityKind, FactType } from '../domain/vocabulary';
import { NotFoundError } from '../errors';
import type { QueryRunner } from '../neo4j/query-runner';
import { graphOfEdges } from './graph-service';
import { edgeOf } from './rows';
import type { ExplainedPath, PathsAnswer } from '../domain/api';

export interface PathsRequest {
  readonly from: string;
  readonly to: string;
  readonly mode: 'shortest' | 'all';
  readonly limit: number;
  readonly kinds?: readonly EntityKind[] | undefined;
  readonly types?: readonly FactType[] | undefined;
  readonly after?: string | undefined;
  readonly before?: string | undefined;
}

/**
 * Shortest paths between two entities (one or all, at most `limit`), each as sentences;
 * NotFoundError for unknown ends. Sentences use the verbs `factTypes` knows.
 */
export async function findPaths(
  gateway: QueryRunner,
  request: PathsRequest,
  factTypes: FactTypeLookup,
): Promise<PathsAnswer> {
  const ends = await gateway.run('entities-by-id', { ids: [request.from, request.to] });
  const known = new Set(ends.map((r) => asText(r.id)));
  for (const id of [request.from, request.to]) {
    if (!known.has(id)) throw new NotFoundError(`No entity with id "${id}"`);
  }
  const rows = await gateway.run(request.mode === 'all' ? 'shortest-paths' : 'shortest-path', {
    from: request.from,
    to: request.to,
    kinds: request.kinds ?? null,
    types: request.types ?? null,
    after: request.after ?? null,
    before: request.before ?? null,
    // Parallel facts multiply paths; fetch more, keep one per sequence of entities.
    limit: request.limit * 20,
  });
  const bySequence = new Map<string, { nodes: string[]; edges: GraphEdge[] }>();
  for (const row of rows) {
    const nodes = row.nodeIds as string[];
    const key = nodes.join('>');
    if (bySequence.has(key) || bySequence.size >= request.limit) continue;
    const edges = (row.rels as Record<string, never>[]).flatMap((r) => edgeOf(r) ?? []);
    bySequence.set(key, { nodes, edges });
  }
  const allEdges = [...bySequence.values()].flatMap((p) => p.edges);
  const graph = await graphOfEdges(gateway, allEdges, [request.from, request.to]);
  return explainPaths([...bySequence.values()], graph, factTypes);
}

/** A path found: its entities in order and its facts. */
export interface FoundPath {
  readonly nodes: readonly string[];
  readonly edges: readonly GraphEdge[];
}

/** Paths with sentences from their facts (names from `graph`), and the graph they span. */
export function explainPaths(
  found: readonly FoundPath[],
  graph: SerializedGraph,
  factTypes: FactTypeLookup,
): PathsAnswer {
  const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const paths = found.map((p): ExplainedPath => {
    const sentences = p.edges.map((e) =>
      factSentence(
        { type: e.attributes.type, subject: e.source, object: e.target, time: e.attributes.time },
        nameOf,
        factTypes,
      ),
    );
    return {
      nodes: [...p.nodes],
      edges: p.edges.map((e) => e.key),
      sentences,
      explanation: sentences.join(' '),
    };
  });
  return { paths, graph };
}

export type { ExplainedPath, PathsAnswer };
