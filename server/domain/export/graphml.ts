// GraphML export (opens in Gephi and yEd): typed keys, a <node> per entity and source, an <edge>
// per fact and publisher link.
import type { SerializedGraph } from '../model';
import { xmlSafe } from '../text-policy';
import {
  publisherLinks,
  sourceProperties,
  typedEdge,
  typedNode,
  type Cell,
  type TypedRow,
} from './flatten';

/** Text as XML character data or an attribute value: markup escaped, what XML 1.0 forbids dropped. */
const escapeXml = (s: string): string =>
  xmlSafe(s).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

type KeyType = 'string' | 'double' | 'long' | 'boolean';

function typeOf(value: Cell, integer: boolean): KeyType {
  if (integer) return 'long';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

const text = (value: Cell): string =>
  Array.isArray(value) ? JSON.stringify(value) : String(value);

interface Element {
  readonly id: string;
  readonly row: TypedRow;
  readonly edge?: { readonly source: string; readonly target: string };
}

/**
 * The graph as GraphML: entities and sources as nodes (their labels in `labels`, as Neo4j's
 * APOC export writes them: `:Entity:Company`), facts and publisher links as edges (their type
 * in `label`). Keys are typed: `long` for Neo4j INTEGERs, `double` for floats; lists are JSON.
 */
export function toGraphml(graph: SerializedGraph): string {
  const none = new Set<string>();
  const nodes: Element[] = [
    ...graph.nodes.map((n) => {
      const row = typedNode(n);
      const labels = ['Entity', n.attributes.kind, ...(n.attributes.labels ?? [])];
      return {
        id: n.key,
        row: { ...row, props: { labels: `:${labels.join(':')}`, ...row.props } },
      };
    }),
    ...Object.values(graph.attributes.sources).map((s) => ({
      id: s.id,
      row: { props: { labels: ':Source', ...sourceProperties(s) }, integers: none },
    })),
  ];
  const edges: Element[] = [
    ...graph.edges.map((e) => {
      const row = typedEdge(e);
      return {
        id: e.key,
        edge: { source: e.source, target: e.target },
        row: { ...row, props: { label: e.attributes.type, ...row.props } },
      };
    }),
    ...publisherLinks(graph).map((l) => ({
      id: `${l.source}-published-by`,
      edge: { source: l.source, target: l.publisher },
      row: { props: { label: 'PUBLISHED_BY' }, integers: none },
    })),
  ];
  const keys = new Map<
    string,
    { for: 'node' | 'edge'; name: string; type: KeyType; list: boolean }
  >();
  const declare = (scope: 'node' | 'edge', { props, integers }: TypedRow): void => {
    for (const [name, value] of Object.entries(props)) {
      const id = `${scope === 'node' ? 'n' : 'e'}_${name}`;
      const type = typeOf(value, integers.has(name));
      const known = keys.get(id);
      // A key holding both whole and fractional numbers is a double one.
      if (known && known.type === 'long' && type === 'double') known.type = 'double';
      if (!known) keys.set(id, { for: scope, name, type, list: Array.isArray(value) });
    }
  };
  nodes.forEach((n) => declare('node', n.row));
  edges.forEach((e) => declare('edge', e.row));
  const data = (scope: 'n' | 'e', props: Record<string, Cell>): string =>
    Object.entries(props)
      .map(
        ([k, v]) => `      <data key="${escapeXml(`${scope}_${k}`)}">${escapeXml(text(v))}</data>`,
      )
      .join('\n');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys].map(
      ([id, k]) =>
        `  <key id="${escapeXml(id)}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.list ? 'string' : k.type}"/>`,
    ),
    '  <graph id="brand-graph" edgedefault="directed">',
    ...nodes.map(
      (n) => `    <node id="${escapeXml(n.id)}">\n${data('n', n.row.props)}\n    </node>`,
    ),
    ...edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.edge?.source ?? '')}" target="${escapeXml(e.edge?.target ?? '')}">\n${data('e', e.row.props)}\n    </edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
