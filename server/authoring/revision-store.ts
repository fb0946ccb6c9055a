// The revision store: every change is one append-only (:Revision) node, numbered from a counter
// node in the same write transaction (revision-next.cypher), with the whole record before and
// after as JSON. Reads turn them into wire revisions with field-by-field changes.
import type { Revision } from '../domain/wire/authoring';
import { fieldChanges } from '../domain/revision-changes';
import type { Row } from '../neo4j/gateway';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** What a revision is about. */
export type RevisionTarget = 'entity' | 'fact' | 'source' | 'file';

/** A revision to write: the seq and time come from `nextRevision` in the same transaction. */
export interface NewRevision {
  readonly editor: string;
  readonly comment?: string | undefined;
  readonly action: Revision['action'];
  readonly target: RevisionTarget;
  readonly targetId: string;
  readonly before: object | null;
  readonly after: object | null;
  readonly file?: string;
  readonly revertOf?: number;
}

/** A revision's number and the transaction's time (ISO 8601, UTC). */
export interface RevisionStamp {
  readonly seq: number;
  readonly at: string;
}

/** Takes the next seq; holds the counter's lock until `tx` ends (authoring is serialised). */
export async function nextRevision(tx: QueryRunner): Promise<RevisionStamp> {
  const [row] = await tx.run('revision-next');
  if (!row) throw new Error('revision-next answered no row');
  return { seq: Number(row.seq), at: asText(row.at) };
}

/**
 * The ends of the fact a revision's `before` holds, kept beside it (indexed) so the
 * neighbourhood as known on a day finds the facts that touched an entity then; nulls for other
 * records and for creations.
 */
export function beforeEnds(
  target: string,
  before: object | null,
): { beforeSubject: string | null; beforeObject: string | null } {
  const fact =
    target === 'fact' ? (before as { subject?: unknown; object?: unknown } | null) : null;
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return { beforeSubject: text(fact?.subject), beforeObject: text(fact?.object) };
}

/** Writes one revision in `tx` under `stamp`. */
export async function recordRevision(
  tx: QueryRunner,
  stamp: RevisionStamp,
  revision: NewRevision,
): Promise<void> {
  await tx.run('revision-create', {
    seq: stamp.seq,
    at: stamp.at,
    editor: revision.editor,
    comment: revision.comment ?? null,
    action: revision.action,
    target: revision.target,
    targetId: revision.targetId,
    before: revision.before === null ? null : JSON.stringify(revision.before),
    after: revision.after === null ? null : JSON.stringify(revision.after),
    file: revision.file ?? null,
    revertOf: revision.revertOf ?? null,
    ...beforeEnds(revision.target, revision.before),
  });
}

/** The wire id of revision `seq`: `rev-<seq>`. */
export function revisionId(seq: number): string {
  return `rev-${seq}`;
}

/** The seq of a wire id (`rev-12` → 12), or undefined when it is not one. */
export function seqOf(id: string): number | undefined {
  const match = /^rev-([1-9][0-9]{0,15})$/.exec(id);
  return match?.[1] ? Number(match[1]) : undefined;
}

function snapshot(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string') return null;
  const parsed: unknown = JSON.parse(value);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
}

/** A stored revision row as a wire revision, its changes computed from before and after. */
export function revisionOf(row: Row): Revision {
  const before = snapshot(row.before);
  const after = snapshot(row.after);
  const seq = Number(row.seq);
  return {
    id: revisionId(seq),
    seq,
    at: asText(row.at),
    editor: asText(row.editor),
    ...(typeof row.comment === 'string' ? { comment: row.comment } : {}),
    action: asText(row.action) as Revision['action'],
    target: asText(row.target) as Revision['target'],
    targetId: asText(row.targetId),
    ...(typeof row.file === 'string' ? { file: row.file } : {}),
    ...(typeof row.revertOf === 'number' ? { revertOf: revisionId(row.revertOf) } : {}),
    before,
    after,
    changes: fieldChanges(before, after),
  };
}

/**
 * The revisions of one record, newest first (at most `limit`). `targetIds` is the record's id,
 * and for an entity also the ids merged into it (`readMergedFrom`): their history moved with them.
 */
export async function listRevisions(
  runner: QueryRunner,
  target: RevisionTarget,
  targetIds: readonly string[],
  limit = 100,
): Promise<Revision[]> {
  const rows = await runner.run('revisions-of', { target, targetIds: [...targetIds], limit });
  return rows.map(revisionOf);
}

/** One revision by seq, or undefined. */
export async function readRevision(
  runner: QueryRunner,
  seq: number,
): Promise<Revision | undefined> {
  const [row] = await runner.run('revision-by-seq', { seq });
  return row ? revisionOf(row) : undefined;
}
