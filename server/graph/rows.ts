// Query rows to the wire model: entities, facts (edges) and sources.
import type {
  AttributeValue,
  Entity,
  GraphEdge,
  GraphNode,
  SerializedGraph,
  Source,
} from '../domain/model';
import { isFactType } from '../domain/vocabulary';
import type { Row } from '../neo4j/gateway';
import { asText } from '../neo4j/to-plain';
import { OWN_KEYS, factFromProperties } from '../domain/fact-record';
import { ENTITY_OWN_KEYS, attributeNameOf, userAttributes } from '../domain/storage-names';
import { isWebAddress } from '../domain/web-address';
import { parseSaidBy } from '../domain/said-by';

/** Names of user attributes stored as INTEGER, from a row's `ints` (stored names). */
function integersOf(row: Row, own: ReadonlySet<string>): string[] {
  const ints = Array.isArray(row.ints) ? row.ints.map((k) => asText(k)) : [];
  return ints.filter((k) => !own.has(k)).map(attributeNameOf);
}

/** An entity row as a node; with `props` (every stored property) its attributes come too. */
export function nodeOf(row: Row): GraphNode {
  const props = row.props && typeof row.props === 'object' ? (row.props as Row) : {};
  const extra = userAttributes(props, ENTITY_OWN_KEYS) as Record<string, AttributeValue>;
  const integers = integersOf(row, ENTITY_OWN_KEYS);
  const labels = Array.isArray(row.labels) ? row.labels.map((l) => asText(l)) : [];
  const saidBy = parseSaidBy(props.saidBy);
  const attributes: Omit<Entity, 'id'> = {
    kind: row.kind as Entity['kind'],
    name: asText(row.name),
    aliases: (row.aliases as string[] | null) ?? [],
    ...(typeof row.summary === 'string' ? { summary: row.summary } : {}),
    ...(typeof props.sourceType === 'string' ? { sourceType: props.sourceType } : {}),
    ...(typeof props.originalId === 'string' ? { originalId: props.originalId } : {}),
    ...(Object.keys(extra).length > 0 ? { attributes: extra } : {}),
    ...(integers.length > 0 ? { integers } : {}),
    ...(labels.length > 0 ? { labels } : {}),
    ...(Object.keys(saidBy).length > 0 ? { saidBy } : {}),
    ...(typeof props.revision === 'number' ? { revision: props.revision } : {}),
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
  const integers = integersOf(row, OWN_KEYS);
  return {
    key: id,
    source: subject,
    target: object,
    attributes: integers.length > 0 ? { ...attributes, integers } : attributes,
  };
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
    ...(typeof row.revision === 'number' ? { revision: row.revision } : {}),
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
