// One entity with all its facts, each explained, its sources, and conflicting claims marked.
import { asText } from '../neo4j/to-plain';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import type { GraphEdge, GraphNode, Source } from '../domain/model';
import { factSentence } from '../domain/sentences';
import { NotFoundError } from '../errors';
import type { Row } from '../neo4j/gateway';
import type { QueryRunner } from '../neo4j/query-runner';
import { conflicts } from '../domain/conflicts';
import { readSources } from './graph-service';
import { edgeOf, nodeOf, sourceOf } from './rows';
import type { EntityFact, EntityDetails } from '../domain/api';

/** The other party of a fact: its name and kind (null when not known). */
export interface Party {
  readonly name: string;
  readonly kind: EntityFact['other']['kind'] | null;
}

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

/**
 * One entity with its facts explained and cited sources, in one round trip
 * (`entity-page.cypher`); a source a fact cites that the page did not bring (a citation kept
 * only in the fact's JSON) is read after it. Sentences use the verbs `factTypes` knows.
 * NotFoundError for an unknown id.
 */
export async function readEntity(
  gateway: QueryRunner,
  id: string,
  factTypes: FactTypeLookup,
): Promise<EntityDetails> {
  const [row] = await gateway.run('entity-page', { id });
  if (!row) throw new NotFoundError(`No entity with id "${id}"`);
  const node = nodeOf(row);
  const names = new Map<string, Party>([
    [node.key, { name: node.attributes.name, kind: node.attributes.kind }],
  ]);
  const edges = rowsOf(row.facts).flatMap((r) => {
    const other = (r.other ?? {}) as Row;
    names.set(asText(other.id), {
      name: asText(other.name),
      kind: (other.kind ?? null) as Party['kind'],
    });
    return edgeOf(r) ?? [];
  });
  const sources: Record<string, Source> = Object.fromEntries(
    rowsOf(row.sources).map((r) => [asText(r.id), sourceOf(r)]),
  );
  const missing = edges.filter((e) => e.attributes.sources.some((c) => !(c.source in sources)));
  if (missing.length > 0) Object.assign(sources, await readSources(gateway, missing));
  return entityDetails(node, edges, names, sources, factTypes);
}

/**
 * An entity's page from its node, its facts (edges touching it), the other parties' names and
 * kinds, and sources by id (only those the facts cite are kept): each fact explained with the
 * verbs `factTypes` knows, claims that disagree marked.
 */
export function entityDetails(
  node: GraphNode,
  edges: readonly GraphEdge[],
  names: ReadonlyMap<string, Party>,
  sources: Readonly<Record<string, Source>>,
  factTypes: FactTypeLookup,
): EntityDetails {
  const id = node.key;
  const nameOf = (x: string): string => names.get(x)?.name ?? x;
  const clash = conflicts(edges);
  const cited: Record<string, Source> = {};
  const facts = edges.map((fact): EntityFact => {
    for (const c of fact.attributes.sources) {
      const s = sources[c.source];
      if (s) cited[c.source] = s;
    }
    const direction = fact.source === id ? 'out' : 'in';
    const otherId = direction === 'out' ? fact.target : fact.source;
    return {
      fact,
      direction,
      other: { id: otherId, name: nameOf(otherId), kind: names.get(otherId)?.kind ?? 'Topic' },
      sentence: factSentence(
        {
          type: fact.attributes.type,
          subject: fact.source,
          object: fact.target,
          time: fact.attributes.time,
        },
        nameOf,
        factTypes,
      ),
      conflictsWith: clash.get(fact.key) ?? [],
    };
  });
  return { entity: { id: node.key, ...node.attributes }, facts, sources: cited };
}

export type { EntityFact, EntityDetails };
