// Triples: tab-separated `subject predicate object` lines (CoDEx, knowledge-graph benchmarks),
// named through optional label files; entities are implied by the lines.
import { factTypeName } from '../domain/vocabulary';
import { factLabel, factVerb } from './fact-words';
import { entityId } from './ids';
import { kindOfTypeNames } from './kinds';
import type { LabelTable, ListTable } from './label-files';
import { readLines } from './line-reader';
import type { ByteCounter, EntityDraft, FactTypeDraft, InputFile, ReadItem } from './types';

export interface TripleTables {
  readonly relations?: LabelTable;
  readonly entityTypes?: ListTable;
  readonly typeNames?: LabelTable;
}

/** The entity a triple names: its id as written, its kind from its types where known. */
export function tripleEntity(original: string, tables: TripleTables): EntityDraft {
  const cache = (tables as Partial<ReturnType<typeof cachedTables>>).entities;
  const known = cache?.get(original);
  if (known) return known;
  const entity = makeEntity(original, tables);
  cache?.set(original, entity);
  return entity;
}

function makeEntity(original: string, tables: TripleTables): EntityDraft {
  const types = tables.entityTypes?.get(original) ?? [];
  const names = types.map((t) => tables.typeNames?.get(t) ?? t);
  const { id, originalId } = entityId(original);
  return {
    id,
    kind: kindOfTypeNames(names),
    name: original,
    aliases: [],
    ...(names.length > 0 ? { summary: names.join(', '), sourceType: names[0] } : {}),
    ...(originalId !== undefined ? { originalId } : {}),
    extra: {},
  };
}

/** The fact type a predicate names: its label's words (PARENT_ORGANIZATION) or itself (P749). */
export function tripleFactType(predicate: string, tables: TripleTables): FactTypeDraft {
  const cache = (tables as Partial<ReturnType<typeof cachedTables>>).types;
  const known = cache?.get(predicate);
  if (known) return known;
  const type = makeFactType(predicate, tables);
  cache?.set(predicate, type);
  return type;
}

function makeFactType(predicate: string, tables: TripleTables): FactTypeDraft {
  const named = tables.relations?.get(predicate);
  const label = factLabel(named ?? predicate);
  return { name: factTypeName(named ?? predicate), label, verb: factVerb(label), shape: 'state' };
}

/** Checks one line and makes its fact, or says what is wrong and where. */
export function parseTriple(
  text: string,
  line: number,
  file: string,
  tables: TripleTables,
): ReadItem | undefined {
  if (text.trim() === '') return undefined;
  const parts = text.split('\t');
  const problem = (column: number, field: string, message: string): ReadItem => ({
    kind: 'problem',
    line,
    scope: 'fact',
    problem: { file, line, column, field, message },
  });
  if (parts.length !== 3) {
    return problem(
      1,
      'line',
      `expected 3 tab-separated fields (subject, predicate, object), found ${parts.length}`,
    );
  }
  const [rawSubject = '', rawPredicate = ''] = parts;
  const [subject, predicate, object] = parts.map((p) => p.trim()) as [string, string, string];
  const columns = [1, rawSubject.length + 2, rawSubject.length + rawPredicate.length + 3] as const;
  const names = ['subject', 'predicate', 'object'] as const;
  for (const [i, value] of [subject, predicate, object].entries()) {
    if (value === '') return problem(columns[i] ?? 1, names[i] ?? 'line', 'is empty');
  }
  const from = tripleEntity(subject, tables);
  const to = tripleEntity(object, tables);
  return {
    kind: 'fact',
    line,
    fact: {
      type: tripleFactType(predicate, tables),
      subject: from.id,
      object: to.id,
      time: {},
      attributes: { property: predicate },
      needsEnds: false,
      implied: [from, to],
      endFields: ['subject', 'object'],
    },
  };
}

/**
 * The label tables with what has been worked out from them kept: a relation's fact type and an
 * entity's kind are the same on every line that names them (memory grows with the number of
 * distinct entities, as the importer's id set does).
 */
export function cachedTables(tables: TripleTables): TripleTables & {
  readonly entities: Map<string, EntityDraft>;
  readonly types: Map<string, FactTypeDraft>;
} {
  return { ...tables, entities: new Map(), types: new Map() };
}

/** Reads a triples file line by line. */
export async function* readTriples(
  file: InputFile,
  tables: ReturnType<typeof cachedTables>,
  onBytes: ByteCounter,
): AsyncGenerator<ReadItem> {
  for await (const line of readLines(file.path, onBytes)) {
    const item = parseTriple(line.text, line.number, file.label, tables);
    if (item) yield item;
  }
}
