// neo4j-admin import's CSV headers: `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `:IGNORE`
// and typed properties (`name:string`, `since:date`, `tags:string[]`), read into a column plan.
import type { CsvField } from './csv-records';
import { isValueType, type ValueType } from './values';

export type Column =
  | {
      readonly role: 'id' | 'start' | 'end';
      readonly group?: string;
      /** The property the id is also stored as (`companyId:ID`), as neo4j-admin does. */
      readonly name?: string;
    }
  | { readonly role: 'label' | 'type' | 'ignore' }
  | {
      readonly role: 'property';
      readonly name: string;
      readonly type: ValueType;
      readonly array: boolean;
    };

export interface HeaderProblem {
  readonly column: number;
  readonly field: string;
  readonly message: string;
}

const SPECIAL = /^:?(ID|START_ID|END_ID|LABEL|TYPE|IGNORE)(?:\(([^)]*)\))?$/;

function columnOf(field: CsvField, kind: 'nodes' | 'relationships'): Column | HeaderProblem {
  const text = field.value.trim();
  const at = text.lastIndexOf(':');
  const name = at < 0 ? text : text.slice(0, at);
  const spec = at < 0 ? '' : text.slice(at + 1);
  const problem = (message: string): HeaderProblem => ({
    column: field.column,
    field: text === '' ? '(empty header)' : text,
    message,
  });
  const special = SPECIAL.exec(`:${spec}`);
  if (at >= 0 && special) {
    const [, role, group] = special;
    const allowed =
      kind === 'nodes' ? ['ID', 'LABEL', 'IGNORE'] : ['START_ID', 'END_ID', 'TYPE', 'IGNORE'];
    if (!allowed.includes(role ?? '')) {
      return problem(
        `:${role ?? ''} belongs in a ${kind === 'nodes' ? 'relationship' : 'node'} file`,
      );
    }
    switch (role) {
      case 'ID':
        return {
          role: 'id',
          ...(group ? { group } : {}),
          ...(name !== '' && kind === 'nodes' ? { name } : {}),
        };
      case 'START_ID':
        return { role: 'start', ...(group ? { group } : {}) };
      case 'END_ID':
        return { role: 'end', ...(group ? { group } : {}) };
      case 'LABEL':
        return { role: 'label' };
      case 'TYPE':
        return { role: 'type' };
      default:
        return { role: 'ignore' };
    }
  }
  if (name === '') return problem('a property column needs a name (name:type)');
  const array = spec.endsWith('[]');
  const type = (array ? spec.slice(0, -2) : spec).toLowerCase() || 'string';
  if (!isValueType(type)) {
    return problem(`unknown type "${spec}" (string, int, long, float, double, boolean, date, ...)`);
  }
  return { role: 'property', name, type, array };
}

/** Reads a header line; problems name the column. */
export function parseHeader(
  fields: readonly CsvField[],
  kind: 'nodes' | 'relationships',
): { columns: Column[] } | { problems: HeaderProblem[] } {
  const columns: Column[] = [];
  const problems: HeaderProblem[] = [];
  for (const field of fields) {
    const column = columnOf(field, kind);
    if ('message' in column) problems.push(column);
    else columns.push(column);
  }
  const count = (role: Column['role']): number => columns.filter((c) => c.role === role).length;
  const need = kind === 'nodes' ? (['id'] as const) : (['start', 'end', 'type'] as const);
  for (const role of need) {
    const name = { id: ':ID', start: ':START_ID', end: ':END_ID', type: ':TYPE' }[role];
    if (count(role) === 0) problems.push({ column: 1, field: name, message: 'column is missing' });
    if (count(role) > 1)
      problems.push({ column: 1, field: name, message: 'column is given twice' });
  }
  return problems.length > 0 ? { problems } : { columns };
}
