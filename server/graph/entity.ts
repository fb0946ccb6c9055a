// One entity with all its facts, each explained, its sources, and conflicting claims marked.
import { asText } from '../neo4j/to-plain';
import type { GraphEdge, Source } from '../domain/model';
import { factSentence } from '../domain/sentences';
import { boundsOf, type TimePoint } from '../domain/time';
import { NotFoundError } from '../errors';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';
import { readSources } from './graph-service';
import { edgeOf, nodeOf } from './rows';
import type { EntityFact, EntityDetails } from '../domain/api';

function overlaps(a: TimePoint | undefined, b: TimePoint | undefined): boolean {
  if (!a || !b) return true; // unknown never contradicts known
  const x = boundsOf(a);
  const y = boundsOf(b);
  return x.earliest <= y.latest && y.earliest <= x.latest;
}

/** Whether two claims about the same thing disagree: times that cannot coincide, or different values. */
export function disagree(a: GraphEdge, b: GraphEdge): boolean {
  const ta = a.attributes.time;
  const tb = b.attributes.time;
  if (!overlaps(ta.at, tb.at) || !overlaps(ta.start, tb.start) || !overlaps(ta.end, tb.end)) {
    return true;
  }
  for (const key of ['amount', 'currency'] as const) {
    const va = a.attributes.attributes[key];
    const vb = b.attributes.attributes[key];
    if (va !== undefined && vb !== undefined && va !== vb) return true;
  }
  return false;
}

/** For each fact, the facts of the same claim that disagree with it. */
export function conflicts(edges: readonly GraphEdge[]): Map<string, string[]> {
  // Group by claim first: only facts about the same claim are compared (linear, not quadratic).
  const byClaim = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    if (e.attributes.claim === undefined) continue;
    const list = byClaim.get(e.attributes.claim);
    if (list) list.push(e);
    else byClaim.set(e.attributes.claim, [e]);
  }
  const out = new Map<string, string[]>();
  for (const a of edges) {
    const same = a.attributes.claim === undefined ? [] : (byClaim.get(a.attributes.claim) ?? []);
    out.set(
      a.key,
      same.filter((b) => b.key !== a.key && disagree(a, b)).map((b) => b.key),
    );
  }
  return out;
}

export async function readEntity(gateway: Neo4jGateway, id: string): Promise<EntityDetails> {
  const [entityRows, factRows] = await Promise.all([
    gateway.read(cypher('entities-by-id'), { ids: [id] }),
    gateway.read(cypher('entity-facts'), { id }),
  ]);
  const [row] = entityRows;
  if (!row) throw new NotFoundError(`No entity with id "${id}"`);
  const node = nodeOf(row);
  const edges = factRows.flatMap((r) => edgeOf(r) ?? []);
  const [others, sources] = await Promise.all([
    gateway.read(cypher('entities-by-id'), {
      ids: [...new Set(edges.flatMap((e) => [e.source, e.target]))],
    }),
    readSources(gateway, edges),
  ]);
  const names = new Map(others.map((r) => [asText(r.id), nodeOf(r)]));
  names.set(node.key, node);
  const nameOf = (x: string): string => names.get(x)?.attributes.name ?? x;
  const clash = conflicts(edges);
  const cited: Record<string, Source> = {};
  const facts = edges.map((fact): EntityFact => {
    for (const c of fact.attributes.sources) {
      const s = sources[c.source];
      if (s) cited[c.source] = s;
    }
    const direction = fact.source === id ? 'out' : 'in';
    const otherId = direction === 'out' ? fact.target : fact.source;
    const other = names.get(otherId);
    return {
      fact,
      direction,
      other: { id: otherId, name: nameOf(otherId), kind: other?.attributes.kind ?? 'Topic' },
      sentence: factSentence(
        {
          type: fact.attributes.type,
          subject: fact.source,
          object: fact.target,
          time: fact.attributes.time,
        },
        nameOf,
      ),
      conflictsWith: clash.get(fact.key) ?? [],
    };
  });
  return { entity: { id: node.key, ...node.attributes }, facts, sources: cited };
}

export type { EntityFact, EntityDetails };
