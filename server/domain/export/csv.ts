// CSV in neo4j-admin import's header format: nodes (`id:ID`, `:LABEL`: entities and their
// sources) and relationships (`:START_ID`, `:END_ID`, `:TYPE`: facts and publisher links),
// typed columns (`:long` for Neo4j INTEGERs, `:double` for floats, `:date` for time bounds).
// Text cells that a spreadsheet would run as a formula (= + - @, tab, CR) are neutralised
// with a leading apostrophe; typed cells are written as they are.
import { DATE_KEYS } from '../fact-record';
import type { SerializedGraph } from '../model';
import {
  arrayDelimiterFor,
  publisherLinks,
  sourceProperties,
  typedEdge,
  typedNode,
  type Cell,
  type TypedRow,
} from './flatten';

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell, quoted where needed, never a formula. */
export function csvCell(raw: string): string {
  const safe = FORMULA.test(raw) ? `'${raw}` : raw;
  return quoted(safe);
}

function quoted(text: string): string {
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

type ColumnType = '' | ':boolean' | ':long' | ':double' | ':string[]' | ':date';

function columnType(rows: readonly TypedRow[], name: string): ColumnType {
  const present = rows.filter((r) => r.props[name] !== undefined);
  const values = present.map((r) => r.props[name] as Cell);
  if (values.every((v) => typeof v === 'boolean')) return ':boolean';
  if (present.every((r) => r.integers.has(name))) return ':long';
  if (values.every((v) => typeof v === 'number')) return ':double';
  if (values.every((v) => Array.isArray(v))) return ':string[]';
  return '';
}

function cellText(value: Cell | undefined, type: ColumnType, delimiter: string): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return csvCell(value.join(delimiter));
  if (type === ':long' || type === ':double' || type === ':boolean') return quoted(String(value));
  return csvCell(String(value));
}

interface Fixed {
  readonly header: string;
  readonly cell: (i: number) => string;
}

function table(
  rows: readonly TypedRow[],
  fixed: readonly Fixed[],
  skip: ReadonlySet<string>,
  delimiter: string,
): string {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].filter((n) => !skip.has(n));
  // Time bounds are DATE values in Neo4j, as the loader stores them.
  const types = names.map((n) => (DATE_KEYS.includes(n) ? ':date' : columnType(rows, n)));
  const header = [...fixed.map((f) => f.header), ...names.map((n, i) => `${n}${types[i] ?? ''}`)];
  const body = rows.map((r, i) =>
    [
      ...fixed.map((f) => f.cell(i)),
      ...names.map((n, j) => cellText(r.props[n], types[j] ?? '', delimiter)),
    ].join(','),
  );
  return `${[header.map(csvCell).join(','), ...body].join('\n')}\n`;
}

/** The node file: every entity, then every source (label `Source`). */
export function toNodesCsv(graph: SerializedGraph, delimiter = arrayDelimiterFor(graph)): string {
  const sources = Object.values(graph.attributes.sources);
  const rows: TypedRow[] = [
    ...graph.nodes.map(typedNode),
    ...sources.map((s) => ({ props: sourceProperties(s), integers: new Set<string>() })),
  ];
  const labels = [
    ...graph.nodes.map((n) => ['Entity', n.attributes.kind, ...(n.attributes.labels ?? [])]),
    ...sources.map(() => ['Source']),
  ];
  return table(
    rows,
    [
      { header: 'id:ID', cell: (i) => csvCell(String(rows[i]?.props.id ?? '')) },
      { header: ':LABEL', cell: (i) => csvCell((labels[i] ?? []).join(delimiter)) },
    ],
    new Set(['id']),
    delimiter,
  );
}

/** The relationship file: every fact, then each source's link to its publisher. */
export function toRelationshipsCsv(
  graph: SerializedGraph,
  delimiter = arrayDelimiterFor(graph),
): string {
  const links = publisherLinks(graph);
  const ends = [
    ...graph.edges.map((e) => [e.source, e.target, e.attributes.type] as const),
    ...links.map((l) => [l.source, l.publisher, 'PUBLISHED_BY'] as const),
  ];
  const rows: TypedRow[] = [
    ...graph.edges.map(typedEdge),
    ...links.map(() => ({ props: {}, integers: new Set<string>() })),
  ];
  return table(
    rows,
    [
      { header: ':START_ID', cell: (i) => csvCell(ends[i]?.[0] ?? '') },
      { header: ':END_ID', cell: (i) => csvCell(ends[i]?.[1] ?? '') },
      { header: ':TYPE', cell: (i) => csvCell(ends[i]?.[2] ?? '') },
    ],
    new Set(),
    delimiter,
  );
}
