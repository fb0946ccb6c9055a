// What each column of an edge list is for, as chosen in the import panel, and the upload form
// fields that say so (the same options as `npm run import -- edges`).
import type { EntityKind } from '../../../server/domain/vocabulary';

/** A column's role: an end's id, name, kind or attribute, the fact's type, date or attribute. */
export type ColumnRole =
  | 'factAttribute'
  | 'source'
  | 'sourceName'
  | 'sourceKind'
  | 'sourceAttribute'
  | 'target'
  | 'targetName'
  | 'targetKind'
  | 'targetAttribute'
  | 'typeColumn'
  | 'date'
  | 'ignore';

/** The roles in the order the panel lists them, with their labels. */
export const COLUMN_ROLES: readonly (readonly [ColumnRole, string])[] = [
  ['factAttribute', 'Fact attribute'],
  ['source', 'Source id'],
  ['sourceName', 'Source name'],
  ['sourceKind', 'Source kind'],
  ['sourceAttribute', 'Source attribute'],
  ['target', 'Target id'],
  ['targetName', 'Target name'],
  ['targetKind', 'Target kind'],
  ['targetAttribute', 'Target attribute'],
  ['typeColumn', 'Fact type'],
  ['date', 'Fact date'],
  ['ignore', 'Ignore'],
];

/** Roles that at most one column may have. */
const SINGLE: ReadonlySet<ColumnRole> = new Set([
  'source',
  'sourceName',
  'sourceKind',
  'target',
  'targetName',
  'targetKind',
  'typeColumn',
  'date',
]);

/** Roles whose columns are sent as a list (a JSON array of column names). */
const LISTS: readonly (readonly [ColumnRole, string])[] = [
  ['sourceAttribute', 'sourceAttributes'],
  ['targetAttribute', 'targetAttributes'],
  ['ignore', 'ignore'],
];

export interface ColumnMapping {
  /** The header's column names, in order. */
  readonly columns: readonly string[];
  /** The role of each column (same order). */
  readonly roles: readonly ColumnRole[];
  /** One fact type for every row, used when no column is the fact type. */
  readonly type: string;
  /** One kind for every source or target, used when no column gives their kinds. */
  readonly sourceKind?: EntityKind;
  readonly targetKind?: EntityKind;
}

/**
 * The form fields for a mapping (`source`, `sourceName`, `sourceAttributes` as JSON, ...), or
 * what is wrong with it in words: a missing end or type, or a role given to two columns.
 */
export function mappingFields(
  mapping: ColumnMapping,
): { fields: Record<string, string> } | { problem: string } {
  const label = new Map(COLUMN_ROLES);
  const fields: Record<string, string> = {};
  for (const role of SINGLE) {
    const named = mapping.columns.filter((_, i) => mapping.roles[i] === role);
    if (named.length > 1) {
      return { problem: `Only one column can be the ${label.get(role)} (${named.join(', ')})` };
    }
    if (named[0] !== undefined) fields[role] = named[0];
  }
  for (const [role, field] of LISTS) {
    const named = mapping.columns.filter((_, i) => mapping.roles[i] === role);
    if (named.length > 0) fields[field] = JSON.stringify(named);
  }
  if (fields.source === undefined) return { problem: 'Choose the column of source ids' };
  if (fields.target === undefined) return { problem: 'Choose the column of target ids' };
  if (fields.typeColumn === undefined) {
    if (mapping.type.trim() === '') {
      return { problem: 'Choose a fact type column or give one type for all rows' };
    }
    fields.type = mapping.type.trim();
  }
  if (fields.sourceKind === undefined && mapping.sourceKind) fields.sourceKind = mapping.sourceKind;
  if (fields.targetKind === undefined && mapping.targetKind) fields.targetKind = mapping.targetKind;
  return { fields };
}
