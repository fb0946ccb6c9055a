// GraphML export (opens in Gephi and yEd): typed keys, one <node> per entity, one <edge> per fact.
import type { SerializedGraph } from '../model';
import { xmlSafe } from '../text-policy';
import { edgeProperties, nodeProperties, type Cell } from './flatten';

/** Text as XML character data or an attribute value: markup escaped, what XML 1.0 forbids dropped. */
const escapeXml = (s: string): string =>
  xmlSafe(s).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

function typeOf(value: Cell): 'string' | 'double' | 'boolean' {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

const text = (value: Cell): string =>
  Array.isArray(value) ? JSON.stringify(value) : String(value);

export function toGraphml(graph: SerializedGraph): string {
  const nodes = graph.nodes.map(nodeProperties);
  const edges = graph.edges.map((e) => ({ edge: e, props: edgeProperties(e) }));
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const declare = (scope: 'node' | 'edge', props: Record<string, Cell>): void => {
    for (const [name, value] of Object.entries(props)) {
      const id = `${scope === 'node' ? 'n' : 'e'}_${name}`;
      if (!keys.has(id)) keys.set(id, { for: scope, name, type: typeOf(value) });
    }
  };
  nodes.forEach((p) => declare('node', p));
  edges.forEach(({ props }) => declare('edge', { label: '', ...props }));
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
        `  <key id="${escapeXml(id)}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="brand-graph" edgedefault="directed">',
    ...nodes.map((p) => `    <node id="${escapeXml(String(p.id))}">\n${data('n', p)}\n    </node>`),
    ...edges.map(
      ({ edge, props }) =>
        `    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">\n${data('e', { label: edge.attributes.type, ...props })}\n    </edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
