// neo4j-admin import's CSV cells: a typed value as the text the tool reads back as that value
// (RFC 4180 quoting; lists joined by the unit separator, the tool's --array-delimiter), and the
// type a property column is declared with in the header (`name:long`, `tags:string[]`).
import neo4j from 'neo4j-driver';

/** Between the elements of a list cell and the labels of a node: U+001F, the unit separator. */
export const ARRAY_DELIMITER = '\u001f';

/** The header types the bulk import writes (neo4j-admin's names). */
export type CellType = 'string' | 'string[]' | 'long' | 'double' | 'boolean' | 'date' | 'datetime';

/** A value the bulk import cannot write as the normal import stores it (the message says why). */
export class BulkRefusal extends Error {
  override readonly name = 'BulkRefusal';
}

/**
 * The header type of a value: text, a list of text, a driver Integer (long), another number
 * (double, as the driver sends a JavaScript number), a boolean; undefined for null.
 * Throws BulkRefusal for anything else (a list of numbers, an object).
 */
export function cellTypeOf(value: unknown, name: string): CellType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  if (neo4j.isInt(value)) return 'long';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'string[]';
  throw new BulkRefusal(`the property "${name}" holds a value neo4j-admin cannot take as stored`);
}

/** A list the tool cannot read back: it stores no property for an empty cell, so [] and ['']. */
export function isUnwritableList(value: readonly string[]): boolean {
  return value.length === 0 || (value.length === 1 && value[0] === '');
}

/** A text cell: quoted when it holds the delimiter, a quote or a line break, or is empty. */
function quoted(text: string): string {
  return text === '' || /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One cell: null as an empty cell (no property); '' as `""` (the empty text); a list joined by
 * the unit separator (each element must be free of it: BulkRefusal); a date or date-time as
 * ISO 8601 text. `name` names the property in the errors.
 */
export function csvCell(value: unknown, type: CellType, name: string): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'string[]': {
      const list = value as readonly string[];
      if (isUnwritableList(list)) return '';
      if (list.some((v) => v.includes(ARRAY_DELIMITER))) {
        throw new BulkRefusal(`a value of "${name}" holds the unit separator (U+001F)`);
      }
      return quoted(list.join(ARRAY_DELIMITER));
    }
    case 'long':
      if (neo4j.isInt(value)) return value.toString();
      if (typeof value === 'number' && Number.isInteger(value)) return String(value);
      break;
    case 'double':
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      break;
    case 'boolean':
      if (typeof value === 'boolean') return String(value);
      break;
    default:
      if (typeof value === 'string') return quoted(value);
  }
  throw new BulkRefusal(`a value of "${name}" is not ${type}`);
}

/** A header cell: `name:type` (`id:ID`, `:LABEL`, ... are written as they are). */
export function headerCell(name: string, type: CellType): string {
  if (name.includes(':')) throw new BulkRefusal(`the property name "${name}" holds a colon`);
  return quoted(`${name}:${type}`);
}

/** The labels cell of a node: each label (checked names) joined by the unit separator. */
export function labelsCell(labels: readonly string[]): string {
  return labels.join(ARRAY_DELIMITER);
}
