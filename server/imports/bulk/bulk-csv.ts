// The bulk import's two CSV files for neo4j-admin: nodes (the entities, every property the
// normal import's queries set) and relationships (the facts, with what import-facts.cypher
// sets from the row and from its file's shared parameters). Property columns are typed from
// the values; a column whose values differ in type is refused.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CITATION_LIST_KEYS, DATE_KEYS } from '../../domain/fact-record';
import type { TimeSlot } from '../fact-query';
import type { Row } from '../write-rows';
import type { BulkGraph } from './bulk-graph';
import {
  BulkRefusal,
  cellTypeOf,
  csvCell,
  headerCell,
  isUnwritableList,
  labelsCell,
  type CellType,
} from './csv-cells';

/** What each time point of a fact stores (fact-query.ts sets the same). */
const TIME_FIELDS = ['Date', 'Precision', 'Earliest', 'Latest', 'Wording', 'Note'] as const;

/** Entity properties the import queries set by name, and their types. */
const ENTITY_COLUMNS: readonly [string, CellType][] = [
  ['kind', 'string'],
  ['name', 'string'],
  ['aliases', 'string[]'],
  ['aliasText', 'string'],
  ['summary', 'string'],
  ['sourceType', 'string'],
  ['originalId', 'string'],
  ['file', 'string'],
  ['saidBy', 'string'],
];

/**
 * List properties an empty cell may stand for, because the bulk import fills them after the
 * tool (cypher/bulk-fill-*.cypher): an entity's `aliases` ([]) and a fact's citation lists
 * (one '' per citation). Any other list that is [] or [''] cannot be written.
 */
export const FILLED_LISTS: ReadonlySet<string> = new Set([
  'aliases',
  'sourceIds',
  ...CITATION_LIST_KEYS,
]);

/** A column: its property name, type and how a row gives its value. */
interface Column {
  readonly name: string;
  readonly type: CellType;
  readonly value: (row: Row, shared: Row) => unknown;
}

/** The type of a column from its values (undefined when every row lacks it). */
function typeOf(name: string, values: Iterable<unknown>): CellType | undefined {
  let found: CellType | undefined;
  for (const value of values) {
    const type = cellTypeOf(value, name);
    if (type === undefined) continue;
    if (type === 'string[]' && !FILLED_LISTS.has(name) && isUnwritableList(value as string[])) {
      throw new BulkRefusal(`the property "${name}" holds an empty list`);
    }
    if (name === 'aliases' && (value as string[]).length === 1 && (value as string[])[0] === '') {
      throw new BulkRefusal('an entity has the empty alias [""]');
    }
    if (found !== undefined && found !== type) {
      throw new BulkRefusal(`the property "${name}" holds both ${found} and ${type} values`);
    }
    found = type;
  }
  return found;
}

/** Writes rows of cells to `path`, waiting for the stream when it is full. */
async function writeCsv(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  for (const line of lines) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const cellsOf = (columns: readonly Column[], row: Row, shared: Row): string[] =>
  columns.map((c) => csvCell(c.value(row, shared), c.type, c.name));

/** Whether a text line of the file will hold a line break (the tool must then read multi-line). */
const breaks = (line: string): boolean => /[\n\r]/.test(line);

/**
 * Writes `graph` as neo4j-admin's node and relationship files; `recordedAt` (ISO 8601) is the
 * time every record is recorded at. Returns whether a cell holds a line break. Throws
 * BulkRefusal when a value cannot be written as the normal import stores it.
 */
export async function writeBulkCsv(
  graph: BulkGraph,
  paths: { readonly nodes: string; readonly relationships: string },
  facts: { readonly timeSlots: ReadonlySet<TimeSlot>; readonly attributeKeys: ReadonlySet<string> },
  recordedAt: string,
): Promise<{ multiline: boolean }> {
  let multiline = false;
  const nodes = [...graph.nodes.values()];
  const extraKeys = [...new Set(nodes.flatMap((n) => Object.keys((n.row.extra ?? {}) as Row)))];
  const nodeColumns: Column[] = [
    ...ENTITY_COLUMNS.map(([name, type]): Column => ({ name, type, value: (row) => row[name] })),
    { name: 'recordedAt', type: 'datetime', value: () => recordedAt },
  ];
  for (const key of extraKeys.sort()) {
    const value = (row: Row): unknown => (row.extra as Row | undefined)?.[key];
    const type = typeOf(
      key,
      nodes.map((n) => value(n.row)),
    );
    if (type !== undefined) nodeColumns.push({ name: key, type, value });
  }
  for (const [name] of ENTITY_COLUMNS)
    typeOf(
      name,
      nodes.map((n) => n.row[name]),
    );
  await writeCsv(paths.nodes, [
    ['id:ID', ...nodeColumns.map((c) => headerCell(c.name, c.type)), ':LABEL'].join(','),
    ...nodes.map((n) => {
      const line = [csvCell(n.row.id, 'string', 'id'), ...cellsOf(nodeColumns, n.row, {})];
      const text = [...line, labelsCell(n.labels)].join(',');
      multiline ||= breaks(text);
      return text;
    }),
  ]);

  const rels = [...graph.relationships.values()];
  const props = (row: Row): Row => (row.props ?? {}) as Row;
  const sharedOr =
    (name: string) =>
    (row: Row, shared: Row): unknown =>
      props(row)[name] ?? shared[name];
  const relColumns: Column[] = [
    { name: 'id', type: 'string', value: (row) => row.id },
    { name: 'sourceIds', type: 'string[]', value: sharedOr('sourceIds') },
    { name: 'citations', type: 'string', value: sharedOr('citations') },
    ...CITATION_LIST_KEYS.map((k): Column => ({ name: k, type: 'string[]', value: sharedOr(k) })),
    { name: 'claim', type: 'string', value: (row) => props(row).claim },
    { name: 'file', type: 'string', value: (_row, shared) => shared.file },
    { name: 'recordedAt', type: 'datetime', value: () => recordedAt },
  ];
  const slots = (['at', 'start', 'end'] as const).filter((s) => facts.timeSlots.has(s));
  for (const key of slots.flatMap((s) => TIME_FIELDS.map((f) => `${s}${f}`))) {
    const value = (row: Row): unknown => props(row)[key];
    const type = DATE_KEYS.includes(key)
      ? 'date'
      : typeOf(
          key,
          rels.map((r) => value(r.row)),
        );
    if (type !== undefined) relColumns.push({ name: key, type, value });
  }
  for (const key of [...facts.attributeKeys].sort()) {
    const value = (row: Row): unknown => (row.attributes as Row | undefined)?.[key];
    const type = typeOf(
      key,
      rels.map((r) => value(r.row)),
    );
    if (type !== undefined) relColumns.push({ name: key, type, value });
  }
  await writeCsv(paths.relationships, [
    [':START_ID', ':END_ID', ':TYPE', ...relColumns.map((c) => headerCell(c.name, c.type))].join(
      ',',
    ),
    ...rels.map(({ row, shared }) => {
      const ends = [
        csvCell(row.subject, 'string', ':START_ID'),
        csvCell(row.object, 'string', ':END_ID'),
      ];
      const text = [...ends, String(row.type), ...cellsOf(relColumns, row, shared)].join(',');
      multiline ||= breaks(text);
      return text;
    }),
  ]);
  return { multiline };
}
