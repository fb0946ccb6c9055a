// Flat rows of a wire graph for tabular formats: one per node and per edge, simple values only.
import type { GraphEdge, GraphNode } from '../model';
import { CITATION_LIST_KEYS, factToProperties } from '../fact-record';

export type Cell = string | number | boolean | readonly string[];

/** A node's exportable properties (id first). */
export function nodeProperties(node: GraphNode): Record<string, Cell> {
  const a = node.attributes;
  return {
    id: node.key,
    kind: a.kind,
    name: a.name,
    aliases: a.aliases,
    ...(a.summary !== undefined ? { summary: a.summary } : {}),
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
