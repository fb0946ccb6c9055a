// An edge list's mapping resolved against its header: which columns give each end its id,
// name, kind and attributes, which give the fact its type and date, and which are left out.
import { ENTITY_KINDS, type EntityKind } from '../domain/vocabulary';
import { ENTITY_OWN_KEYS } from '../domain/storage-names';
import type { CsvField } from './csv-records';
import type { EdgesRequest } from './types';

/** How one end of every row is read: column positions, or a kind that every row shares. */
export interface EndColumns {
  readonly id: number;
  /** The name column, or -1 (the id is the name). */
  readonly name: number;
  /** The kind column (its cells are type names), or one kind for all rows. */
  readonly kind: number | EntityKind;
  /** End attribute columns and the property each is stored as. */
  readonly attributes: readonly { readonly index: number; readonly key: string }[];
}

export interface EdgeColumns {
  readonly source: EndColumns;
  readonly target: EndColumns;
  readonly type: number;
  readonly date: number;
  /** Columns that are the fact's own (never attributes of it): ends, type, date, ignored. */
  readonly used: ReadonlySet<number>;
}

/** The command-line spelling of each mapping option, for problems that name it. */
export const MAPPING_OPTIONS = {
  source: '--source',
  target: '--target',
  typeColumn: '--type-column',
  date: '--date',
  sourceName: '--source-name',
  targetName: '--target-name',
  sourceKind: '--source-kind',
  targetKind: '--target-kind',
  sourceAttributes: '--source-attr',
  targetAttributes: '--target-attr',
  ignore: '--ignore',
} as const;

const SEPARATOR = /[_\s.-]/;

/**
 * What an end's attribute columns share with its id and name columns and is cut from their
 * property names: `acquirer_` for `acquirer_permalink` and `acquirer_name`, so
 * `acquirer_country_code` and `company_country_code` are both stored as `country_code`.
 */
export function endPrefix(idColumn: string, nameColumn: string | undefined): string {
  let common = idColumn;
  if (nameColumn !== undefined) {
    let n = 0;
    while (n < idColumn.length && idColumn[n] === nameColumn[n]) n += 1;
    common = idColumn.slice(0, n);
  }
  for (let i = common.length - 1; i >= 0; i -= 1) {
    if (SEPARATOR.test(common[i] ?? '')) return common.slice(0, i + 1);
  }
  return '';
}

/** The property an end attribute column is stored as (see `endPrefix`). */
export function endAttributeKey(column: string, prefix: string): string {
  const key =
    prefix !== '' && column.startsWith(prefix) && column.length > prefix.length
      ? column.slice(prefix.length)
      : column;
  return ENTITY_OWN_KEYS.has(key) ? `column_${key}` : key;
}

/** A kind named exactly (any case), or undefined. */
function kindNamed(value: string): EntityKind | undefined {
  return ENTITY_KINDS.find((k) => k.toLowerCase() === value.trim().toLowerCase());
}

/**
 * Column positions for the mapping, or its problems: every option that names a column not in
 * the header is one problem naming the option and the column; a kind option may instead name
 * a kind (`Company`).
 */
export function mapColumns(
  header: readonly CsvField[],
  mapping: EdgesRequest,
): { columns: EdgeColumns } | { problems: string[] } {
  const names = header.map((f) => f.value.trim());
  const problems: string[] = [];
  const listed = `(columns: ${names.join(', ')})`;
  const find = (option: keyof typeof MAPPING_OPTIONS, column: string | undefined): number => {
    if (column === undefined) return -1;
    const i = names.indexOf(column);
    if (i < 0) problems.push(`${MAPPING_OPTIONS[option]}: no column "${column}" ${listed}`);
    return i;
  };
  if ((mapping.type === undefined) === (mapping.typeColumn === undefined)) {
    problems.push('give either a type for every row (type) or a type column (typeColumn)');
  }
  const end = (side: 'source' | 'target'): EndColumns => {
    const nameOption = side === 'source' ? 'sourceName' : 'targetName';
    const kindOption = side === 'source' ? 'sourceKind' : 'targetKind';
    const attrOption = side === 'source' ? 'sourceAttributes' : 'targetAttributes';
    const id = find(side, mapping[side]);
    const nameColumn = mapping[nameOption];
    const name = find(nameOption, nameColumn);
    const kindText = mapping[kindOption];
    let kind: number | EntityKind = 'Other';
    if (kindText !== undefined) {
      const column = names.indexOf(kindText);
      const named = kindNamed(kindText);
      if (column >= 0) kind = column;
      else if (named) kind = named;
      else {
        problems.push(
          `${MAPPING_OPTIONS[kindOption]}: no column "${kindText}" ${listed}, ` +
            `and not a kind (${ENTITY_KINDS.join(', ')})`,
        );
      }
    }
    const prefix = endPrefix(mapping[side], nameColumn);
    const attributes = (mapping[attrOption] ?? []).map((column) => ({
      index: find(attrOption, column),
      key: endAttributeKey(column, prefix),
    }));
    return { id, name, kind, attributes };
  };
  const source = end('source');
  const target = end('target');
  const type = find('typeColumn', mapping.typeColumn);
  const date = find('date', mapping.date);
  const ignored = (mapping.ignore ?? []).map((column) => find('ignore', column));
  if (problems.length > 0) return { problems };
  const used = new Set<number>([type, date, ...ignored]);
  for (const e of [source, target]) {
    used.add(e.id).add(e.name);
    if (typeof e.kind === 'number') used.add(e.kind);
    for (const a of e.attributes) used.add(a.index);
  }
  used.delete(-1);
  return { columns: { source, target, type, date, used } };
}
