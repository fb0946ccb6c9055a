// Query rows to the wire model: entities, facts (edges) and sources.
import type { Entity, GraphEdge, GraphNode, SerializedGraph, Source } from '../domain/model';
import { isFactType } from '../domain/vocabulary';
import type { Row } from '../neo4j/gateway';
import { asText } from '../neo4j/to-plain';
import { factFromProperties } from '../domain/fact-record';
import { isWebAddress } from '../domain/web-address';

export function nodeOf(row: Row): GraphNode {
  const attributes: Omit<Entity, 'id'> = {
    kind: row.kind as Entity['kind'],
    name: asText(row.name),
    aliases: (row.aliases as string[] | null) ?? [],
    ...(typeof row.summary === 'string' ? { summary: row.summary } : {}),
  };
  return { key: asText(row.id), attributes };
}

/** A fact row (`subject`, `type`, `object`, `props`) as an edge; unknown types are skipped. */
export function edgeOf(row: Row): GraphEdge | undefined {
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

/** A source row as a Source; a stored url that is not http(s) is dropped (never a link). */
export function sourceOf(row: Row): Source {
  const optional = (key: 'url' | 'author'): Partial<Source> => {
    const value = row[key];
    if (typeof value !== 'string' || (key === 'url' && !isWebAddress(value))) return {};
    return { [key]: value };
  };
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

/** Assembles a wire graph; `sources` keeps only those the edges cite. */
export function assembleGraph(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  allSources: Readonly<Record<string, Source>>,
  extra: Record<string, unknown> = {},
): SerializedGraph {
  const cited: Record<string, Source> = {};
  for (const e of edges) {
    for (const c of e.attributes.sources) {
      const source = allSources[c.source];
      if (source) cited[c.source] = source;
    }
  }
  return {
    attributes: { name: 'Brand graph', sources: cited, ...extra },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}
