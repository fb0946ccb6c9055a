// Flat rows of a wire graph for tabular formats: one per node, source and edge, simple values
// only, under the names the product stores them by (storage-names.ts), with their types.
import type { GraphEdge, GraphNode, SerializedGraph, Source } from '../model';
import { CITATION_LIST_KEYS, OWN_KEYS, factToProperties } from '../fact-record';
import { saidByText } from '../said-by';
import { ENTITY_OWN_KEYS, storedAttributeName } from '../storage-names';

export type Cell = string | number | boolean | readonly string[];

/** A row's properties and which of them (stored names) are Neo4j INTEGERs. */
export interface TypedRow {
  readonly props: Record<string, Cell>;
  readonly integers: ReadonlySet<string>;
}

/** A node's exportable properties (id first): the entity and its imported attributes. */
export function nodeProperties(node: GraphNode): Record<string, Cell> {
  const a = node.attributes;
  const props: Record<string, Cell> = {
    id: node.key,
    kind: a.kind,
    name: a.name,
    aliases: a.aliases,
    ...(a.summary !== undefined ? { summary: a.summary } : {}),
    ...(a.sourceType !== undefined ? { sourceType: a.sourceType } : {}),
    ...(a.originalId !== undefined ? { originalId: a.originalId } : {}),
  };
  for (const [name, value] of Object.entries(a.attributes ?? {})) {
    props[storedAttributeName(name, ENTITY_OWN_KEYS)] = value;
  }
  // What other sources said, as stored: JSON text (said-by.ts).
  const said = a.saidBy ? saidByText(a.saidBy) : null;
  if (said !== null) props.saidBy = said;
  return props;
}

/** A node's properties with their integer names. */
export function typedNode(node: GraphNode): TypedRow {
  const names = node.attributes.integers ?? [];
  return {
    props: nodeProperties(node),
    integers: new Set(names.map((n) => storedAttributeName(n, ENTITY_OWN_KEYS))),
  };
}

/** An edge's exportable properties: what the loader stores on the relationship, lists aside. */
export function edgeProperties(edge: GraphEdge): Record<string, Cell> {
  const props = factToProperties(
    { id: edge.key, subject: edge.source, object: edge.target, ...edge.attributes },
    'export',
  );
  delete props.file;
  // The citation lists repeat `citations` (JSON): the loader and the start-up migration make
  // them from it, so the files stay as they were.
  const lists: ReadonlySet<string> = new Set(CITATION_LIST_KEYS);
  return Object.fromEntries(Object.entries(props).filter(([key]) => !lists.has(key))) as Record<
    string,
    Cell
  >;
}

/** An edge's properties with their integer names. */
export function typedEdge(edge: GraphEdge): TypedRow {
  const names = edge.attributes.integers ?? [];
  return {
    props: edgeProperties(edge),
    integers: new Set(names.map((n) => storedAttributeName(n, OWN_KEYS))),
  };
}

/** A source's properties as stored on its node. */
export function sourceProperties(source: Source): Record<string, Cell> {
  return { ...source };
}

/** The `(:Source)-[:PUBLISHED_BY]->(:Entity)` links whose publisher is in the graph. */
export function publisherLinks(graph: SerializedGraph): { source: string; publisher: string }[] {
  const keys = new Set(graph.nodes.map((n) => n.key));
  return Object.values(graph.attributes.sources)
    .filter((s) => keys.has(s.publisher))
    .map((s) => ({ source: s.id, publisher: s.publisher }));
}

/** Every array item and label text of a graph, to choose a delimiter none of them holds. */
function arrayTexts(graph: SerializedGraph): string[] {
  const texts: string[] = [];
  const add = (props: Record<string, Cell>): void => {
    for (const v of Object.values(props)) if (Array.isArray(v)) texts.push(...(v as string[]));
  };
  for (const n of graph.nodes) {
    add(nodeProperties(n));
    texts.push(...(n.attributes.labels ?? []));
  }
  for (const e of graph.edges) add(edgeProperties(e));
  return texts;
}

/** Array delimiters tried in order (neo4j-admin's default first). */
const DELIMITERS = [';', '|', '¦', '\u001f'] as const;

/**
 * The array delimiter for a graph's CSV: `;` (neo4j-admin's default) unless an item holds it,
 * then the first of `|`, `¦`, U+001F that none holds; give it to `--array-delimiter`.
 */
export function arrayDelimiterFor(graph: SerializedGraph): string {
  const texts = arrayTexts(graph);
  return DELIMITERS.find((d) => !texts.some((t) => t.includes(d))) ?? '\u001f';
}
