// One entity with all its facts, each explained, its sources, and conflicting claims marked.
import { asText } from '../neo4j/to-plain';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import type { Source } from '../domain/model';
import { factSentence } from '../domain/sentences';
import { NotFoundError } from '../errors';
import type { QueryRunner } from '../neo4j/query-runner';
import { conflicts } from '../domain/conflicts';
import { readSources } from './graph-service';
import { edgeOf, nodeOf } from './rows';
import type { EntityFact, EntityDetails } from '../domain/api';

/**
 * One entity with its facts explained (verbs from `factTypes`) and cited sources; NotFoundError
 * for an unknown id.
 */
export async function readEntity(
  gateway: QueryRunner,
  id: string,
  factTypes: FactTypeLookup,
): Promise<EntityDetails> {
  const [entityRows, factRows] = await Promise.all([
    gateway.run('entities-by-id', { ids: [id] }),
    gateway.run('entity-facts', { id }),
  ]);
  const [row] = entityRows;
  if (!row) throw new NotFoundError(`No entity with id "${id}"`);
  const node = nodeOf(row);
  const edges = factRows.flatMap((r) => edgeOf(r) ?? []);
  const [others, sources] = await Promise.all([
    gateway.run('entities-by-id', {
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
        factTypes,
      ),
      conflictsWith: clash.get(fact.key) ?? [],
    };
  });
  return { entity: { id: node.key, ...node.attributes }, facts, sources: cited };
}

export type { EntityFact, EntityDetails };
