// neo4j-admin import's node and relationship CSV files, row by row: nodes become entities
// (labels give the kind; the other labels are kept), relationships become facts. Options as
// neo4j-admin has them: --delimiter, --array-delimiter, --quote, ID spaces (`:ID(Movie)`), and
// header files (`header.csv,part1.csv`). What each column means: admin-csv-rows.ts.
import { parseHeader, type Column } from './admin-csv-header';
import {
  CellProblem,
  isSourceRow,
  nodeEntity,
  nodeSource,
  relationshipFact,
  type RowValues,
} from './admin-csv-rows';
import { csvRecords, type CsvField, type CsvRecord } from './csv-records';
import { entityId } from './ids';
import { readLines } from './line-reader';
import type { ByteCounter, InputFile, ReadItem } from './types';
import { cellValue, isIntegerType } from './values';

/** How the files are written (neo4j-admin's options) and how ids are read. */
export interface AdminCsvOptions {
  readonly delimiter: string;
  readonly arrayDelimiter: string;
  readonly quote: string;
  /**
   * Whether an id is qualified by its ID space (`Movie:1`): set when the import uses two or
   * more ID spaces, so `:ID(Movie)` 1 and `:ID(Actor)` 1 are two entities.
   */
  readonly qualifyIds: boolean;
}

export const DEFAULT_ADMIN_CSV: AdminCsvOptions = {
  delimiter: ',',
  arrayDelimiter: ';',
  quote: '"',
  qualifyIds: false,
};

/** An id in its ID space: the entity id it becomes and, if it had to change, the original. */
function resolve(
  cell: CsvField,
  group: string | undefined,
  options: AdminCsvOptions,
): { cell: CsvField; id: string; originalId?: string } {
  const raw = cell.value.trim();
  const qualified = options.qualifyIds && group !== undefined ? `${group}:${raw}` : raw;
  return { cell, ...entityId(qualified) };
}

function rowValues(
  record: CsvRecord,
  columns: readonly Column[],
  options: AdminCsvOptions,
): RowValues & { originalId?: string } {
  const row: RowValues & { originalId?: string } = { labels: [], properties: new Map() };
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
      case 'start':
      case 'end': {
        if (cell.value.trim() === '') break;
        // `companyId:ID` also stores the id as `companyId`; `id:ID` is the entity's id itself.
        if (column.role === 'id' && column.name !== undefined && column.name !== 'id') {
          row.properties.set(column.name, { value: cell.value.trim(), cell, integer: false });
        }
        const resolved = resolve(cell, column.group, options);
        row[column.role] = resolved;
        if (column.role === 'id' && resolved.originalId !== undefined) {
          row.originalId = resolved.originalId;
        }
        break;
      }
      case 'type':
        row.type = cell;
        break;
      case 'label':
        row.labels.push(
          ...cell.value
            .split(options.arrayDelimiter)
            .map((l) => l.trim())
            .filter((l) => l !== ''),
        );
        break;
      case 'ignore':
        break;
      default: {
        const value = cellValue(cell.value, column.type, column.array, options.arrayDelimiter);
        if (value instanceof Error) throw new CellProblem(cell, column.name, value.message);
        const integer = !column.array && isIntegerType(column.type);
        if (value !== undefined) row.properties.set(column.name, { value, cell, integer });
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

/** The item one data row makes. */
function itemOf(
  record: CsvRecord,
  columns: readonly Column[],
  kind: 'nodes' | 'relationships',
  options: AdminCsvOptions,
): ReadItem | undefined {
  const row = rowValues(record, columns, options);
  const line = record.line;
  if (kind === 'nodes') {
    const idCell = required(row.id?.cell, ':ID', record);
    if (isSourceRow(row)) {
      return {
        kind: 'source',
        line,
        source: nodeSource({ ...row, id: { cell: idCell, id: idCell.value.trim() } }, idCell),
      };
    }
    return { kind: 'entity', line, entity: nodeEntity(row, idCell, row.originalId) };
  }
  required(row.start?.cell, ':START_ID', record);
  required(row.end?.cell, ':END_ID', record);
  const typeCell = required(row.type, ':TYPE', record);
  // A source's publisher link is made from the Source's own `publisher` when it is written.
  if (typeCell.value.trim() === 'PUBLISHED_BY') return undefined;
  return { kind: 'fact', line, fact: relationshipFact(row, typeCell) };
}

/** The header: the file's first record, or the first record of its separate header file. */
async function headerRecord(
  path: string,
  options: AdminCsvOptions,
): Promise<CsvRecord | undefined> {
  for await (const record of csvRecords(
    readLines(path, () => undefined),
    options.delimiter,
    options.quote,
  )) {
    return 'message' in record ? undefined : record;
  }
  return undefined;
}

/** Reads a node or relationship file (which one, `file.holds` says). */
export async function* readAdminCsv(
  file: InputFile,
  options: AdminCsvOptions,
  onBytes: ByteCounter,
): AsyncGenerator<ReadItem> {
  const kind = file.holds === 'entities' ? 'nodes' : 'relationships';
  const scope = kind === 'nodes' ? 'entity' : 'fact';
  let columns: Column[] | undefined;
  const useHeader = (record: CsvRecord): ReadItem[] => {
    const header = parseHeader(record.fields, kind);
    if ('problems' in header) {
      return header.problems.map((p) => ({
        kind: 'problem',
        line: record.line,
        scope,
        fatal: true,
        problem: { file: file.header ?? file.label, line: record.line, ...p },
      }));
    }
    columns = header.columns;
    return [];
  };
  if (file.header !== undefined) {
    const record = await headerRecord(file.header, options);
    const problems = record ? useHeader(record) : [];
    if (problems.length > 0) {
      yield* problems;
      return;
    }
  }
  for await (const record of csvRecords(
    readLines(file.path, onBytes),
    options.delimiter,
    options.quote,
  )) {
    if ('message' in record) {
      const { line, column, message } = record;
      yield { kind: 'problem', line, scope, problem: { file: file.label, line, column, message } };
      continue;
    }
    if (!columns) {
      const problems = useHeader(record);
      if (problems.length > 0) {
        yield* problems;
        return;
      }
      continue;
    }
    try {
      const item = itemOf(record, columns, kind, options);
      if (item) yield item;
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
      file: file.header ?? file.label,
      line: 1,
      column: 1,
      message: 'the file is empty (no header)',
    };
    yield { kind: 'problem', line: 1, scope, fatal: true, problem };
  }
}

/** The ID spaces a header names (`:ID(Movie)`, `:START_ID(Actor)`), for `qualifyIds`. */
export async function idSpacesOf(path: string, options: AdminCsvOptions): Promise<Set<string>> {
  const record = await headerRecord(path, options);
  const spaces = new Set<string>();
  for (const field of record?.fields ?? []) {
    const group = /:(?:ID|START_ID|END_ID)\(([^)]*)\)\s*$/.exec(field.value)?.[1];
    if (group !== undefined && group !== '') spaces.add(group);
  }
  return spaces;
}
