// Field-by-field changes between two snapshots of a record (the `before` and `after` of a
// revision). Pure: the API computes them on read; the explorer lists them.

/** One field that changed: its top-level name and the values before and after (null: none). */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Fields of a snapshot that never count as changes (bookkeeping). */
const IGNORED: ReadonlySet<string> = new Set(['revision']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The top-level fields that differ between `before` and `after` (either may be null: a
 * creation or a retraction), in the order of their first appearance; values compared as JSON.
 */
export function fieldChanges(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .filter((f) => !IGNORED.has(f))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((c) => !same(c.before, c.after));
}
