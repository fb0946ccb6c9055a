// CSV in neo4j-admin import's header format: nodes (`id:ID`, `:LABEL`) and relationships
// (`:START_ID`, `:END_ID`, `:TYPE`), typed columns; cells that a spreadsheet would run as a
// formula (= + - @, tab, CR) are neutralised with a leading apostrophe.
import { DATE_KEYS } from '../fact-record';
import type { SerializedGraph } from '../model';
import { edgeProperties, nodeProperties, type Cell } from './flatten';

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell, quoted where needed, never a formula. */
export function csvCell(raw: string): string {
  const safe = FORMULA.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function columnType(present: readonly Cell[]): string {
  if (present.every((v) => typeof v === 'boolean')) return ':boolean';
  if (present.every((v) => typeof v === 'number')) return ':double';
  if (present.every((v) => Array.isArray(v))) return ':string[]';
  return '';
}

function cellText(value: Cell | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return csvCell(value.join(';'));
  return csvCell(String(value));
}

function table(
  rows: readonly Record<string, Cell>[],
  fixed: readonly { header: string; cell: (r: Record<string, Cell>, i: number) => string }[],
  skip: ReadonlySet<string>,
): string {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((n) => !skip.has(n));
  const header = [
    ...fixed.map((f) => f.header),
    // Time bounds are DATE values in Neo4j, as the loader stores them.
    ...names.map((n) =>
      DATE_KEYS.includes(n)
        ? `${n}:date`
        : `${n}${columnType(rows.map((r) => r[n]).filter((v): v is Cell => v !== undefined))}`,
    ),
  ];
  const body = rows.map((r, i) =>
    [...fixed.map((f) => f.cell(r, i)), ...names.map((n) => cellText(r[n]))].join(','),
  );
  return `${[header.map(csvCell).join(','), ...body].join('\n')}\n`;
}

export function toNodesCsv(graph: SerializedGraph): string {
  const rows = graph.nodes.map(nodeProperties);
  return table(
    rows,
    [
      { header: 'id:ID', cell: (r) => cellText(r.id) },
      { header: ':LABEL', cell: (r) => cellText(`Entity;${String(r.kind)}`) },
    ],
    new Set(['id']),
  );
}

export function toRelationshipsCsv(graph: SerializedGraph): string {
  const rows = graph.edges.map(edgeProperties);
  return table(
    rows,
    [
      { header: ':START_ID', cell: (_r, i) => cellText(graph.edges[i]?.source) },
      { header: ':END_ID', cell: (_r, i) => cellText(graph.edges[i]?.target) },
      { header: ':TYPE', cell: (_r, i) => cellText(graph.edges[i]?.attributes.type) },
    ],
    new Set(),
  );
}
