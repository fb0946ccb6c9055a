// A Cypher script that recreates a graph in an empty database (runs in cypher-shell).
// Values are written as Cypher literals, escaped; labels and types come from the allowlist.
import { DATE_KEYS } from '../fact-record';
import type { SerializedGraph } from '../model';
import { isEntityKind, isFactType } from '../vocabulary';
import { edgeProperties, nodeProperties, type Cell } from './flatten';

/** A Cypher string literal: single-quoted, with backslash escapes. */
export function cypherString(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  return `'${s.replace(/[\\'\n\r\t\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  })}'`;
}

function literal(value: Cell): string {
  if (Array.isArray(value)) return `[${value.map(cypherString).join(', ')}]`;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return value ? 'true' : 'false';
}

const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

function map(props: Record<string, Cell>): string {
  const entries = Object.entries(props).filter(([k]) => KEY.test(k));
  // Time bounds are DATE values, as the loader stores them.
  const value = (k: string, v: Cell): string =>
    DATE_KEYS.includes(k) && typeof v === 'string' ? `date(${cypherString(v)})` : literal(v);
  return `{${entries.map(([k, v]) => `${k}: ${value(k, v)}`).join(', ')}}`;
}

export function toCypherScript(graph: SerializedGraph): string {
  const lines = [
    '// Recreates a brand-graph subgraph. Run in an empty database, e.g. with cypher-shell -f.',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;',
  ];
  for (const node of graph.nodes) {
    if (!isEntityKind(node.attributes.kind)) continue;
    const p = nodeProperties(node);
    lines.push(
      `MERGE (n:Entity {id: ${cypherString(node.key)}}) SET n:${node.attributes.kind}, n += ${map(p)}, n.aliasText = ${cypherString(node.attributes.aliases.join(' | '))};`,
    );
  }
  lines.push('CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;');
  for (const source of Object.values(graph.attributes.sources)) {
    const props: Record<string, Cell> = { ...source };
    lines.push(`MERGE (s:Source {id: ${cypherString(source.id)}}) SET s += ${map(props)};`);
    lines.push(
      `MATCH (s:Source {id: ${cypherString(source.id)}}), (p:Entity {id: ${cypherString(source.publisher)}}) MERGE (s)-[:PUBLISHED_BY]->(p);`,
    );
  }
  for (const edge of graph.edges) {
    if (!isFactType(edge.attributes.type)) continue;
    lines.push(
      `MATCH (a:Entity {id: ${cypherString(edge.source)}}), (b:Entity {id: ${cypherString(edge.target)}}) CREATE (a)-[:${edge.attributes.type} ${map(edgeProperties(edge))}]->(b);`,
    );
  }
  return `${lines.join('\n')}\n`;
}
