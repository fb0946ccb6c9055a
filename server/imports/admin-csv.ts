// neo4j-admin import's node and relationship CSV files, row by row: nodes become entities
// (labels give the kind), relationships become facts (date columns place them in time).
import type { AttributeValue } from '../domain/model';
import type { FactTime, TimePoint } from '../domain/time';
import { factTypeName } from '../domain/vocabulary';
import { parseHeader, type Column } from './admin-csv-header';
import { csvRecords, type CsvField, type CsvRecord } from './csv-records';
import { factLabel, factVerb } from './fact-words';
import { entityId } from './ids';
import { kindOfTypeNames } from './kinds';
import { readLines } from './line-reader';
import type { ByteCounter, EntityDraft, FactDraft, InputFile, ReadItem } from './types';
import { cellValue, timePointOf } from './values';

/** Relationship properties that place a fact in time, by name (any case). */
const TIME_COLUMNS: Readonly<Record<string, keyof FactTime>> = {
  date: 'at',
  at: 'at',
  start: 'start',
  startdate: 'start',
  start_date: 'start',
  since: 'start',
  end: 'end',
  enddate: 'end',
  end_date: 'end',
  until: 'end',
};

class CellProblem extends Error {
  constructor(
    readonly cell: CsvField,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

interface RowValues {
  id?: CsvField;
  start?: CsvField;
  end?: CsvField;
  type?: CsvField;
  labels: string[];
  properties: Map<string, { value: AttributeValue; cell: CsvField }>;
}

function rowValues(
  record: CsvRecord,
  columns: readonly Column[],
  arrayDelimiter: string,
): RowValues {
  const row: RowValues = { labels: [], properties: new Map() };
  if (record.fields.length > columns.length) {
    const extra = record.fields[columns.length];
    if (extra) {
      throw new CellProblem(
        extra,
        'line',
        `has ${record.fields.length} fields but the header names ${columns.length}`,
      );
    }
  }
  for (const [i, column] of columns.entries()) {
    const cell = record.fields[i];
    if (!cell) continue;
    switch (column.role) {
      case 'id':
        row.id = cell;
        // `companyId:ID` also stores the id as `companyId`; `id:ID` is the entity's id itself.
        if (column.name !== undefined && column.name !== 'id' && cell.value.trim() !== '') {
          row.properties.set(column.name, { value: cell.value.trim(), cell });
        }
        break;
      case 'start':
      case 'end':
      case 'type':
        row[column.role] = cell;
        break;
      case 'label':
        row.labels = cell.value
          .split(arrayDelimiter)
          .map((l) => l.trim())
          .filter((l) => l !== '');
        break;
      case 'ignore':
        break;
      default: {
        const value = cellValue(cell.value, column.type, column.array, arrayDelimiter);
        if (value instanceof Error) throw new CellProblem(cell, column.name, value.message);
        if (value !== undefined) row.properties.set(column.name, { value, cell });
      }
    }
  }
  return row;
}

function required(cell: CsvField | undefined, field: string, record: CsvRecord): CsvField {
  if (!cell || cell.value.trim() === '') {
    throw new CellProblem(cell ?? { value: '', column: 1, line: record.line }, field, 'is empty');
  }
  return cell;
}

function text(row: RowValues, name: string): string | undefined {
  const value = row.properties.get(name)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function nodeEntity(row: RowValues, record: CsvRecord): EntityDraft {
  const idCell = required(row.id, ':ID', record);
  const { id, originalId } = entityId(idCell.value.trim());
  const aliases = row.properties.get('aliases')?.value;
  // Every property column reaches the entity: as its name, aliases or summary, else as itself
  // (a title beside a name, a description beside a summary stay properties).
  const name = text(row, 'name') ?? text(row, 'title');
  const summary = text(row, 'summary') ?? text(row, 'description');
  const used = new Set(['name', 'aliases', 'summary']);
  if (text(row, 'name') === undefined) used.add('title');
  if (text(row, 'summary') === undefined) used.add('description');
  const extra: Record<string, AttributeValue> = {};
  for (const [key, { value }] of row.properties) if (!used.has(key)) extra[key] = value;
  return {
    id,
    kind: kindOfTypeNames(row.labels),
    name: name ?? idCell.value.trim(),
    aliases: Array.isArray(aliases) ? aliases : typeof aliases === 'string' ? [aliases] : [],
    ...(summary !== undefined ? { summary } : {}),
    ...(row.labels.length > 0 ? { sourceType: row.labels.join(';') } : {}),
    ...(originalId !== undefined ? { originalId } : {}),
    extra,
  };
}

function relationshipFact(row: RowValues, record: CsvRecord): FactDraft {
  const start = required(row.start, ':START_ID', record);
  const end = required(row.end, ':END_ID', record);
  const typeCell = required(row.type, ':TYPE', record);
  const subject = entityId(start.value.trim()).id;
  const object = entityId(end.value.trim()).id;
  const time: { -readonly [K in keyof FactTime]?: TimePoint } = {};
  const attributes: Record<string, AttributeValue> = {};
  let key: string | undefined;
  for (const [name, { value, cell }] of row.properties) {
    const slot = TIME_COLUMNS[name.toLowerCase()];
    if (name === 'id') key = String(value);
    else if (slot) {
      const point = timePointOf(String(value));
      if (typeof point === 'string') throw new CellProblem(cell, name, point);
      time[slot] = point;
    } else attributes[name] = value;
  }
  const label = factLabel(typeCell.value);
  const name = factTypeName(typeCell.value);
  if (name !== typeCell.value.trim()) attributes.sourceType = typeCell.value.trim();
  return {
    type: { name, label, verb: factVerb(label), shape: time.at ? 'event' : 'state' },
    subject,
    object,
    time,
    attributes,
    ...(key !== undefined ? { key } : {}),
    needsEnds: true,
    implied: [],
    endFields: [':START_ID', ':END_ID'],
    endColumns: [start.column, end.column],
  };
}

/** Reads a node or relationship file (which one, `file.holds` says). */
export async function* readAdminCsv(
  file: InputFile,
  delimiter: string,
  onBytes: ByteCounter,
): AsyncGenerator<ReadItem> {
  const kind = file.holds === 'entities' ? 'nodes' : 'relationships';
  const scope = kind === 'nodes' ? 'entity' : 'fact';
  let columns: Column[] | undefined;
  for await (const record of csvRecords(readLines(file.path, onBytes), delimiter)) {
    if ('message' in record) {
      const { line, column, message } = record;
      yield { kind: 'problem', line, scope, problem: { file: file.label, line, column, message } };
      continue;
    }
    if (!columns) {
      const header = parseHeader(record.fields, kind);
      if ('problems' in header) {
        for (const p of header.problems) {
          const problem = { file: file.label, line: record.line, ...p };
          yield { kind: 'problem', line: record.line, scope, fatal: true, problem };
        }
        return;
      }
      columns = header.columns;
      continue;
    }
    try {
      const row = rowValues(record, columns, ';');
      if (kind === 'nodes')
        yield { kind: 'entity', line: record.line, entity: nodeEntity(row, record) };
      else yield { kind: 'fact', line: record.line, fact: relationshipFact(row, record) };
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      const { cell, field, message } = error;
      yield {
        kind: 'problem',
        line: record.line,
        scope,
        problem: { file: file.label, line: cell.line, column: cell.column, field, message },
      };
    }
  }
  if (!columns) {
    const problem = {
      file: file.label,
      line: 1,
      column: 1,
      message: 'the file is empty (no header)',
    };
    yield { kind: 'problem', line: 1, scope, fatal: true, problem };
  }
}
