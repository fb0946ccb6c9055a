// A Cypher script that recreates a graph in an empty database (runs in cypher-shell).
// Values are written as Cypher literals, escaped, INTEGERs apart from floats, time bounds as
// DATE values; labels and types come from the allowlist.
import { DATE_KEYS, citationListProperties } from '../fact-record';
import type { SerializedGraph } from '../model';
import { isEntityKind, isFactType } from '../vocabulary';
import { sourceProperties, typedEdge, typedNode, type Cell, type TypedRow } from './flatten';

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

/** A number as a Cypher literal: INTEGERs as digits, floats always with a point or exponent. */
function numberLiteral(value: number | string, integer: boolean): string {
  if (integer) return /^-?\d+$/.test(String(value)) ? String(value) : 'null';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'null';
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function literal(value: Cell, integer = false): string {
  if (Array.isArray(value)) return `[${value.map(cypherString).join(', ')}]`;
  if (integer || typeof value === 'number') return numberLiteral(value as number, integer);
  if (typeof value === 'string') return cypherString(value);
  return value ? 'true' : 'false';
}

/** A property key, backquoted when it is not a plain identifier. */
function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

function map({ props, integers }: TypedRow): string {
  const entries = Object.entries(props);
  // Time bounds are DATE values, as the loader stores them.
  const value = (k: string, v: Cell): string =>
    DATE_KEYS.includes(k) && typeof v === 'string'
      ? `date(${cypherString(v)})`
      : literal(v, integers.has(k));
  return `{${entries.map(([k, v]) => `${key(k)}: ${value(k, v)}`).join(', ')}}`;
}

/** Extra labels that may be written: plain identifiers that are not the product's own. */
function extraLabels(labels: readonly string[] | undefined): string {
  const safe = (labels ?? []).filter(
    (l) =>
      /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(l) &&
      !isEntityKind(l) &&
      l !== 'Entity' &&
      l !== 'Source',
  );
  return safe.map((l) => `, n:${l}`).join('');
}

/**
 * A script that recreates a graph (runs in cypher-shell). Every statement MERGEs on ids, so
 * running it twice, or into a database that holds part of the graph, leaves one copy.
 */
export function toCypherScript(graph: SerializedGraph): string {
  const lines = [
    '// Recreates a brand-graph subgraph; MERGE on ids, so it can run again. E.g. cypher-shell -f.',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;',
  ];
  for (const node of graph.nodes) {
    if (!isEntityKind(node.attributes.kind)) continue;
    const row = typedNode(node);
    lines.push(
      `MERGE (n:Entity {id: ${cypherString(node.key)}}) SET n:${node.attributes.kind}${extraLabels(node.attributes.labels)}, n += ${map(row)}, n.aliasText = ${cypherString(node.attributes.aliases.join(' | '))};`,
    );
  }
  lines.push('CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;');
  for (const source of Object.values(graph.attributes.sources)) {
    const row = { props: sourceProperties(source), integers: new Set<string>() };
    lines.push(`MERGE (s:Source {id: ${cypherString(source.id)}}) SET s += ${map(row)};`);
    lines.push(
      `MATCH (s:Source {id: ${cypherString(source.id)}}), (p:Entity {id: ${cypherString(source.publisher)}}) MERGE (s)-[:PUBLISHED_BY]->(p);`,
    );
  }
  for (const edge of graph.edges) {
    if (!isFactType(edge.attributes.type)) continue;
    // The citations also as the parallel lists the loader stores (fact-record.ts), so the
    // recreated facts read in Cypher as the originals do.
    const row = typedEdge(edge);
    const props = { ...row.props, ...citationListProperties(edge.attributes.sources) };
    lines.push(
      `MATCH (a:Entity {id: ${cypherString(edge.source)}}), (b:Entity {id: ${cypherString(edge.target)}}) MERGE (a)-[r:${edge.attributes.type} {id: ${cypherString(edge.key)}}]->(b) SET r += ${map({ ...row, props })};`,
    );
  }
  return `${lines.join('\n')}\n`;
}
