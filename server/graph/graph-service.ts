// Reads graphs from Neo4j and returns them in the shared wire format.
import type { Entity, GraphEdge, GraphNode, SerializedGraph, Source } from '../domain/model';
import { isFactType } from '../domain/vocabulary';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway, Row } from '../neo4j/gateway';
import { asText } from '../neo4j/to-plain';
import { factFromProperties } from './fact-record';

export interface Counts {
  readonly entities: number;
  readonly sources: number;
  readonly facts: number;
}

function nodeOf(row: Row): GraphNode {
  const attributes: Omit<Entity, 'id'> = {
    kind: row.kind as Entity['kind'],
    name: asText(row.name),
    aliases: (row.aliases as string[] | null) ?? [],
    ...(typeof row.summary === 'string' ? { summary: row.summary } : {}),
  };
  return { key: asText(row.id), attributes };
}

function edgeOf(row: Row): GraphEdge | undefined {
  const type = asText(row.type);
  if (!isFactType(type)) return undefined;
  const { id, subject, object, ...attributes } = factFromProperties(
    type,
    asText(row.subject),
    asText(row.object),
    row.props as Record<string, unknown>,
  );
  return { key: id, source: subject, target: object, attributes };
}

function sourceOf(row: Row): Source {
  const optional = (key: 'url' | 'author'): Partial<Source> =>
    typeof row[key] === 'string' ? { [key]: row[key] } : {};
  return {
    id: asText(row.id),
    kind: row.kind as Source['kind'],
    title: asText(row.title),
    publisher: asText(row.publisher),
    published: asText(row.published),
    ...optional('url'),
    ...optional('author'),
  };
}

/** The whole graph: every entity, every fact between entities, every source cited. */
export async function readWholeGraph(gateway: Neo4jGateway): Promise<SerializedGraph> {
  const [entities, facts, sources] = await Promise.all([
    gateway.read(cypher('graph-entities')),
    gateway.read(cypher('graph-facts')),
    gateway.read(cypher('graph-sources')),
  ]);
  return {
    attributes: {
      name: 'Brand graph',
      sources: Object.fromEntries(sources.map((r) => [asText(r.id), sourceOf(r)])),
    },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: entities.map(nodeOf),
    edges: facts.flatMap((r) => edgeOf(r) ?? []),
  };
}

/** How many entities, sources and facts are stored. */
export async function readCounts(gateway: Neo4jGateway): Promise<Counts> {
  const [row] = await gateway.read(cypher('counts'));
  return {
    entities: Number(row?.entities ?? 0),
    sources: Number(row?.sources ?? 0),
    facts: Number(row?.facts ?? 0),
  };
}
