// What a store holds, as plain comparable data: entities and facts with their labels, properties
// and each property's Neo4j type (recordedAt's value left out: it is the time of writing), and
// the records an import writes besides (Import, Source, FactType, file revisions), their
// random ids and times left out.
import type { Neo4jGateway } from '../../server/neo4j/gateway';

type Row = Record<string, unknown>;

/** A store's graph and records, ordered by id, for toEqual. */
export interface GraphSnapshot {
  readonly entities: Row[];
  readonly facts: Row[];
  readonly imports: Row[];
  readonly sources: Row[];
  readonly factTypes: Row[];
  readonly revisions: Row[];
}

const without = (props: unknown, keys: readonly string[]): Row =>
  Object.fromEntries(Object.entries(props as Row).filter(([k]) => !keys.includes(k)));

/** Reads `gateway`'s store; `factTypes` limits the FactType nodes to those names. */
export async function graphSnapshot(
  gateway: Neo4jGateway,
  factTypes: readonly string[],
): Promise<GraphSnapshot> {
  const entities = await gateway.read(
    `MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, properties(e) AS props,
       [k IN keys(e) | k + ': ' + valueType(e[k])] AS types ORDER BY id`,
  );
  const facts = await gateway.read(
    `MATCH (s:Entity)-[r]->(o:Entity) RETURN r.id AS id, type(r) AS type, s.id AS subject,
       o.id AS object, properties(r) AS props, [k IN keys(r) | k + ': ' + valueType(r[k])] AS types
     ORDER BY id`,
  );
  const imports = await gateway.read('MATCH (i:Import) RETURN properties(i) AS props');
  const sources = await gateway.read(
    `MATCH (s:Source) RETURN properties(s) AS props,
       [(s)-[l]-(x) | type(l) + ' ' + coalesce(x.id, '')] AS links ORDER BY s.id`,
  );
  const types = await gateway.read(
    'MATCH (t:FactType) WHERE t.name IN $names RETURN properties(t) AS props ORDER BY t.name',
    { names: [...factTypes] },
  );
  const revisions = await gateway.read(
    `MATCH (r:Revision) RETURN r.action AS action, r.target AS target, r.targetId AS targetId,
       r.editor AS editor, r.file AS file ORDER BY r.targetId`,
  );
  return {
    entities: entities.map((e) => ({
      ...e,
      labels: [...(e.labels as string[])].sort(),
      props: without(e.props, ['recordedAt']),
      types: [...(e.types as string[])].sort(),
    })),
    facts: facts.map((f) => ({
      ...f,
      props: without(f.props, ['recordedAt']),
      types: [...(f.types as string[])].sort(),
    })),
    imports: imports.map((i) => without(i.props, ['id', 'startedAt', 'finishedAt'])),
    sources: sources.map((s) => ({
      props: without(s.props, ['recordedAt']),
      links: [...(s.links as string[])].sort(),
    })),
    factTypes: types.map((t) => without(t.props, ['recordedAt'])),
    revisions,
  };
}
