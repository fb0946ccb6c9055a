// An edge list: one CSV whose columns are mapped by name to subject, object, type and date;
// the remaining columns become the facts' attributes, and the ends are implied entities.
import { factTypeName } from '../domain/vocabulary';
import type { AttributeValue } from '../domain/model';
import { OWN_KEYS } from '../domain/fact-record';
import { csvRecords, type CsvField } from './csv-records';
import { factLabel, factVerb } from './fact-words';
import { entityId } from './ids';
import { readLines } from './line-reader';
import type { ByteCounter, EdgesRequest, EntityDraft, InputFile, ReadItem } from './types';
import { timePointOf } from './values';

function implied(original: string): EntityDraft {
  const { id, originalId } = entityId(original);
  return {
    id,
    kind: 'Other',
    name: original,
    aliases: [],
    ...(originalId !== undefined ? { originalId } : {}),
    extra: {},
  };
}

/** Column positions for the mapping, or the problems with it (unknown or missing columns). */
export function mapColumns(
  header: readonly CsvField[],
  mapping: EdgesRequest,
): { index: Record<'source' | 'target' | 'type' | 'date', number> } | { problems: string[] } {
  const names = header.map((f) => f.value.trim());
  const problems: string[] = [];
  const find = (option: string, column: string | undefined): number => {
    if (column === undefined) return -1;
    const i = names.indexOf(column);
    if (i < 0) problems.push(`${option}: no column "${column}" (columns: ${names.join(', ')})`);
    return i;
  };
  if ((mapping.type === undefined) === (mapping.typeColumn === undefined)) {
    problems.push('give either a type for every row (type) or a type column (typeColumn)');
  }
  const index = {
    source: find('source', mapping.source),
    target: find('target', mapping.target),
    type: find('typeColumn', mapping.typeColumn),
    date: find('date', mapping.date),
  };
  return problems.length > 0 ? { problems } : { index };
}

/** Reads the edge list row by row. */
export async function* readEdgeList(
  file: InputFile,
  mapping: EdgesRequest,
  onBytes: ByteCounter,
): AsyncGenerator<ReadItem> {
  let header: readonly CsvField[] | undefined;
  let index: Record<'source' | 'target' | 'type' | 'date', number> | undefined;
  const constantType = mapping.type === undefined ? undefined : factTypeName(mapping.type);
  const problem = (line: number, column: number, field: string | undefined, message: string) =>
    ({
      kind: 'problem',
      line,
      scope: 'fact',
      problem: { file: file.label, line, column, ...(field ? { field } : {}), message },
    }) as const;
  for await (const record of csvRecords(readLines(file.path, onBytes), mapping.delimiter ?? ',')) {
    if ('message' in record) {
      yield problem(record.line, record.column, undefined, record.message);
      continue;
    }
    if (!header) {
      header = record.fields;
      const mapped = mapColumns(header, mapping);
      if ('problems' in mapped) {
        for (const message of mapped.problems) {
          yield { ...problem(record.line, 1, 'header', message), fatal: true };
        }
        return;
      }
      index = mapped.index;
      continue;
    }
    if (!index) return;
    const cell = (i: number): CsvField | undefined => (i < 0 ? undefined : record.fields[i]);
    const at = (i: number): number => cell(i)?.column ?? 1;
    const name = (i: number): string => header?.[i]?.value.trim() ?? '';
    if (record.fields.length > header.length) {
      yield problem(
        record.line,
        at(header.length),
        undefined,
        `has ${record.fields.length} fields but the header names ${header.length}`,
      );
      continue;
    }
    const source = cell(index.source)?.value.trim() ?? '';
    const target = cell(index.target)?.value.trim() ?? '';
    const typeText = constantType ?? cell(index.type)?.value.trim() ?? '';
    const missing = [
      [index.source, source],
      [index.target, target],
      [index.type, typeText],
    ].find(([, value]) => value === '');
    if (missing) {
      const i = Number(missing[0]);
      yield problem(record.line, at(i), name(i), 'is empty');
      continue;
    }
    const dateText = cell(index.date)?.value.trim() ?? '';
    const point = dateText === '' ? undefined : timePointOf(dateText);
    if (typeof point === 'string') {
      yield problem(record.line, at(index.date), name(index.date), point);
      continue;
    }
    const attributes: Record<string, AttributeValue> = {};
    let key: string | undefined;
    for (const [i, field] of record.fields.entries()) {
      if (Object.values(index).includes(i) || field.value === '') continue;
      const column = name(i);
      if (column === 'id') key = field.value;
      else if (column !== '')
        attributes[OWN_KEYS.has(column) ? `column_${column}` : column] = field.value;
    }
    const label = factLabel(typeText);
    const from = implied(source);
    const to = implied(target);
    yield {
      kind: 'fact',
      line: record.line,
      fact: {
        type: {
          name: factTypeName(typeText),
          label,
          verb: factVerb(label),
          shape: point ? 'event' : 'state',
        },
        subject: from.id,
        object: to.id,
        time: point ? { at: point } : {},
        attributes,
        ...(key !== undefined ? { key } : {}),
        needsEnds: false,
        implied: [from, to],
        endFields: [name(index.source), name(index.target)],
      },
    };
  }
}
