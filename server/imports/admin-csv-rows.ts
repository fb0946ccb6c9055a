// One neo4j-admin CSV row as what it means: a node row becomes an entity (or, labelled
// `Source`, a source), a relationship row a fact. Columns with the product's own storage
// names (`kind`, `claim`, `citations`, `atDate`, ...; see storage-names.ts) are read as what
// they mean, so the product's own export imports; documented time columns (`date`,
// `startDate`, `endDate`, ...) place a fact in time; every other column is a user attribute.
import type { AttributeValue, Citation, Source } from '../domain/model';
import { OWN_KEYS, factFromProperties } from '../domain/fact-record';
import { parseSaidBy } from '../domain/said-by';
import { attributeNameOf } from '../domain/storage-names';
import { ENTITY_KINDS, SOURCE_KINDS, factTypeName, isEntityKind } from '../domain/vocabulary';
import type { CsvField } from './csv-records';
import { factLabel, factVerb } from './fact-words';
import { kindOfTypeNames } from './kinds';
import type { EntityDraft, FactDraft } from './types';
import { timePointOf } from './values';

/** A cell that cannot be read, with the field it belongs to. */
export class CellProblem extends Error {
  constructor(
    readonly cell: CsvField,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A row's cells by role; `id`, `start` and `end` are already resolved in their ID space. */
export interface RowValues {
  id?: { cell: CsvField; id: string };
  start?: { cell: CsvField; id: string };
  end?: { cell: CsvField; id: string };
  type?: CsvField;
  labels: string[];
  properties: Map<string, { value: AttributeValue; cell: CsvField; integer: boolean }>;
}

/** User time columns of a relationship file, by lower-case name (the README lists them). */
const TIME_COLUMNS: Readonly<Record<string, 'at' | 'start' | 'end'>> = {
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

/** A label that may reach Cypher: a plain identifier, never one the product uses itself. */
export const LABEL_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const PRODUCT_LABELS: ReadonlySet<string> = new Set(['Entity', 'Source', 'FactType']);

function text(row: RowValues, name: string): string | undefined {
  const value = row.properties.get(name)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function list(row: RowValues, name: string): string[] {
  const value = row.properties.get(name)?.value;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** Aliases: the `aliases` column, and with FtM's `caption` the other `;`-joined names. */
function aliasesOf(row: RowValues): string[] {
  const aliases = list(row, 'aliases');
  const caption = text(row, 'caption');
  const names = text(row, 'name');
  if (caption !== undefined && names !== undefined) {
    for (const name of names.split(';').map((n) => n.trim())) {
      if (name !== '' && name !== caption && !aliases.includes(name)) aliases.push(name);
    }
  }
  return aliases;
}

/** Node columns read as the entity's own fields (`kind` too, when it names a kind). */
const MEANT: ReadonlySet<string> = new Set([
  'id',
  'name',
  'aliases',
  'summary',
  'sourceType',
  'originalId',
  'title',
  'description',
  'caption',
  'saidBy',
]);

/** A node row labelled `Source` (and not `Entity`): one of the product's sources. */
export function isSourceRow(row: RowValues): boolean {
  return row.labels.includes('Source') && !row.labels.includes('Entity');
}

/** A Source from a node row (the product's own export writes them). */
export function nodeSource(row: RowValues, idCell: CsvField): Source {
  const kind = text(row, 'kind') ?? 'dataset';
  if (!(SOURCE_KINDS as readonly string[]).includes(kind)) {
    throw new CellProblem(
      idCell,
      'kind',
      `"${kind}" is not a source kind (${SOURCE_KINDS.join(', ')})`,
    );
  }
  const url = text(row, 'url');
  const author = text(row, 'author');
  return {
    id: row.id?.id ?? idCell.value,
    kind: kind as Source['kind'],
    title: text(row, 'title') ?? idCell.value,
    publisher: text(row, 'publisher') ?? '',
    published: text(row, 'published') ?? '',
    ...(url !== undefined ? { url } : {}),
    ...(author !== undefined ? { author } : {}),
  };
}

/** An entity from a node row: labels give the kind; the others are kept as labels. */
export function nodeEntity(row: RowValues, idCell: CsvField, originalId?: string): EntityDraft {
  const extra: Record<string, AttributeValue> = {};
  const integers: string[] = [];
  const kindCell = text(row, 'kind');
  // Every property column reaches the entity: as its name, aliases or summary, else as itself
  // (a title beside a name, a description beside a summary stay properties).
  const kept = new Set<string>();
  if (text(row, 'name') !== undefined || text(row, 'caption') !== undefined) kept.add('title');
  if (text(row, 'summary') !== undefined) kept.add('description');
  for (const [name, { value, integer }] of row.properties) {
    if (
      (MEANT.has(name) && !kept.has(name)) ||
      (name === 'kind' && kindCell !== undefined && isEntityKind(kindCell))
    ) {
      continue;
    }
    const own = attributeNameOf(name);
    extra[own] = value;
    if (integer) integers.push(own);
  }
  const kind =
    kindCell !== undefined && isEntityKind(kindCell) ? kindCell : kindOfTypeNames(row.labels);
  const labels: string[] = [];
  for (const label of row.labels) {
    if (PRODUCT_LABELS.has(label) || (ENTITY_KINDS as readonly string[]).includes(label)) continue;
    if (!LABEL_PATTERN.test(label)) {
      throw new CellProblem(
        idCell,
        ':LABEL',
        `"${label}" cannot be a label here (letters, digits and _, starting with a letter)`,
      );
    }
    labels.push(label);
  }
  const summary = text(row, 'summary') ?? text(row, 'description');
  // The product's own export labels entities `Entity`: its labels are not a source's types.
  const ownExport = row.labels.includes('Entity');
  const sourceType =
    text(row, 'sourceType') ??
    (row.labels.length > 0 && !ownExport ? row.labels.join(';') : undefined);
  const original = text(row, 'originalId') ?? originalId;
  const saidBy = parseSaidBy(text(row, 'saidBy'));
  return {
    id: row.id?.id ?? idCell.value,
    kind,
    // FtM's export-neo4j-bulk writes every name joined by `;` and the display name as `caption`.
    name: text(row, 'caption') ?? text(row, 'name') ?? text(row, 'title') ?? idCell.value.trim(),
    aliases: aliasesOf(row),
    ...(summary !== undefined ? { summary } : {}),
    ...(sourceType !== undefined ? { sourceType } : {}),
    ...(original !== undefined ? { originalId: original } : {}),
    extra,
    ...(integers.length > 0 ? { integers } : {}),
    ...(labels.length > 0 ? { labels: [...new Set(labels)] } : {}),
    ...(Object.keys(saidBy).length > 0 ? { saidBy } : {}),
  };
}

/**
 * The stored time fields of a row (`atDate`, `atPrecision`, ... and the user's `date`,
 * `startDate`, ...) as the product stores them; a date without its precision is read as written.
 */
function storedTime(
  stored: Record<string, unknown>,
  user: Map<'at' | 'start' | 'end', { value: AttributeValue; cell: CsvField; name: string }>,
): void {
  for (const [slot, { value, cell, name }] of user) {
    if (stored[`${slot}Precision`] !== undefined) continue;
    const point = timePointOf(String(value));
    if (typeof point === 'string') throw new CellProblem(cell, name, point);
    stored[`${slot}Date`] = point.date;
    stored[`${slot}Precision`] = point.precision;
  }
}

/** A fact from a relationship row. */
export function relationshipFact(row: RowValues, typeCell: CsvField): FactDraft {
  const { start, end } = row as Required<Pick<RowValues, 'start' | 'end'>>;
  const stored: Record<string, unknown> = {};
  const userTime = new Map<
    'at' | 'start' | 'end',
    { value: AttributeValue; cell: CsvField; name: string }
  >();
  const attributes: Record<string, AttributeValue> = {};
  const integers: string[] = [];
  let key: string | undefined;
  for (const [name, { value, cell, integer }] of row.properties) {
    const slot = TIME_COLUMNS[name.toLowerCase()];
    if (name === 'id') key = String(value);
    else if (slot && !/Date$/.test(name)) userTime.set(slot, { value, cell, name });
    else if (/^(at|start|end)Date$/.test(name)) {
      stored[name] = value;
      userTime.set(name.slice(0, -4) as 'at', { value, cell, name });
    } else if (OWN_KEYS.has(name) && name !== 'file') stored[name] = value;
    else {
      const own = attributeNameOf(name);
      attributes[own] = value;
      if (integer) integers.push(own);
    }
  }
  storedTime(stored, userTime);
  const label = factLabel(typeCell.value);
  const typeName = factTypeName(typeCell.value);
  if (typeName !== typeCell.value.trim()) attributes.sourceType = typeCell.value.trim();
  let rebuilt;
  try {
    rebuilt = factFromProperties(typeName, start.id, end.id, stored);
  } catch {
    throw new CellProblem(typeCell, 'citations', 'is not a JSON list of citations');
  }
  const sources: readonly Citation[] = rebuilt.sources;
  return {
    type: {
      name: typeName,
      label,
      verb: factVerb(label),
      shape: rebuilt.time.at ? 'event' : 'state',
    },
    subject: start.id,
    object: end.id,
    time: rebuilt.time,
    attributes,
    ...(integers.length > 0 ? { integers } : {}),
    ...(rebuilt.claim !== undefined ? { claim: rebuilt.claim } : {}),
    ...(stored.citations !== undefined ? { sources } : {}),
    ...(key !== undefined ? { key } : {}),
    needsEnds: true,
    implied: [],
    endFields: [':START_ID', ':END_ID'],
    endColumns: [start.cell.column, end.cell.column],
  };
}
