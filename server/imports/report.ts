// Problems as lines a person reads (and the skip-bad report holds): `file:line:column field: message`.
import type { ImportProblem } from '../domain/api';

/** A problem as `file:line:column field: message` (missing parts left out). */
export function formatImportProblem(p: ImportProblem): string {
  const where = [p.file, p.line > 0 ? p.line : undefined, p.column]
    .filter((x) => x !== undefined)
    .join(':');
  return `${where}${p.field !== undefined ? ` ${p.field}` : ''}: ${p.message}`;
}
