// Merging entity B into entity A, and undoing it, as one write transaction each: the plan is
// made from what is stored (server/domain/merge-plan.ts), the write is one statement
// (cypher/merge-apply.cypher, cypher/merge-undo.cypher) that also writes the revisions.
import { randomUUID } from 'node:crypto';
import type { Entity, Fact } from '../domain/model';
import { planMerge, undoRevisions, type PlannedRevision } from '../domain/merge-plan';
import { aliasSearchText } from '../domain/text-policy';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { edgeOf, nodeOf } from '../graph/rows';
import type { Row } from '../neo4j/gateway';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';
import { beforeEnds } from '../authoring/revision-store';

/** Runs `work` in one write transaction (the runner's `transaction`). */
export type Transact = <T>(work: (tx: QueryRunner) => Promise<T>) => Promise<T>;

/** A merge or its undo as the API answers it. */
export interface MergeAnswer {
  readonly merge: string;
  readonly into: string;
  readonly from: string;
  readonly undone: boolean;
  /** ISO 8601 UTC time of the write. */
  readonly at: string;
  /** The seqs of the revisions written (`rev-<seq>` on the wire), first to last. */
  readonly revisions: readonly number[];
  readonly moved: readonly string[];
  readonly hidden: readonly string[];
}

/** What a merge request says: B, A's revision as the editor saw it (optional), why. */
export interface MergeRequest {
  readonly into: string;
  readonly from: string;
  readonly revision?: number | undefined;
  readonly comment?: string | undefined;
  readonly editor: string;
}

const entityOf = (row: Row): Entity => {
  const node = nodeOf(row);
  return { id: node.key, ...node.attributes };
};

const factOf = (row: Row): Fact | undefined => {
  const edge = edgeOf(row);
  return edge && { id: edge.key, subject: edge.source, object: edge.target, ...edge.attributes };
};

const revisionOf = (props: unknown): number | null => {
  const value = (props as Row | null)?.revision;
  return typeof value === 'number' ? value : null;
};

const wireRevisions = (revisions: readonly PlannedRevision[]) =>
  revisions.map((r) => ({
    target: r.target,
    targetId: r.targetId,
    before: r.before === null ? null : JSON.stringify(r.before),
    after: r.after === null ? null : JSON.stringify(r.after),
    ...beforeEnds(r.target, r.before),
  }));

const range = (first: number, last: number): number[] =>
  Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

/**
 * Merges `from` into `into`. NotFoundError when either is not an entity now;
 * InvalidInputError when they are the same; ConflictError when `revision` is given and A has
 * changed since (A's revision differs).
 */
export async function mergeEntities(
  transact: Transact,
  request: MergeRequest,
): Promise<MergeAnswer> {
  if (request.into === request.from)
    throw new InvalidInputError('An entity cannot be merged into itself', [
      { path: 'body.from', message: 'is the entity merged into' },
    ]);
  return transact(async (tx) => {
    const [row] = await tx.run('merge-read', { into: request.into, from: request.from });
    const intoRow = row?.into as Row | null | undefined;
    const fromRow = row?.from as Row | null | undefined;
    if (!intoRow) throw new NotFoundError(`No entity with id "${request.into}"`);
    if (!fromRow) throw new NotFoundError(`No entity with id "${request.from}"`);
    const current = revisionOf(intoRow.props) ?? 0;
    if (request.revision !== undefined && request.revision !== current)
      throw new ConflictError(
        `"${request.into}" changed since revision ${request.revision} (now ${current}): reload it and merge again`,
      );
    const facts = (Array.isArray(row?.facts) ? (row.facts as Row[]) : []).flatMap(
      (r) => factOf(r) ?? [],
    );
    const into = entityOf(intoRow);
    const plan = planMerge(into, entityOf(fromRow), facts);
    const offsets = Object.fromEntries(plan.revisions.map((r, i) => [r.targetId, i + 1]));
    const factProps = new Map(
      (row?.facts as Row[]).map((r) => [asText((r.props as Row).id), r.props]),
    );
    const mergeId = randomUUID();
    const [done] = await tx.run('merge-apply', {
      mergeId,
      into: plan.into,
      from: plan.from,
      editor: request.editor,
      comment: request.comment ?? null,
      aliases: plan.aliases,
      aliasText: aliasSearchText(into.name, plan.aliases),
      summary: plan.summary,
      moved: plan.moved,
      hidden: plan.hidden,
      offsets: Object.fromEntries(plan.moved.map((id) => [id, offsets[id] ?? 0])),
      revisions: wireRevisions(plan.revisions),
      intoBefore: JSON.stringify({
        aliases: (intoRow.aliases as string[] | null) ?? null,
        aliasText: (intoRow.props as Row).aliasText ?? null,
        summary: into.summary ?? null,
        revision: revisionOf(intoRow.props),
      }),
      movedBefore: JSON.stringify(
        plan.moved.map((id) => ({ id, revision: revisionOf(factProps.get(id)) })),
      ),
    });
    if (!done) throw new NotFoundError(`No entity with id "${request.from}"`);
    return {
      merge: mergeId,
      into: plan.into,
      from: plan.from,
      undone: false,
      at: asText(done.at),
      revisions: range(Number(done.firstSeq), Number(done.lastSeq)),
      moved: plan.moved,
      hidden: plan.hidden,
    };
  });
}

/** A's stored values before the merge, as merge-apply kept them. */
interface IntoBefore {
  readonly aliases: string[] | null;
  readonly aliasText: string | null;
  readonly summary: string | null;
  readonly revision: number | null;
}

/**
 * Undoes a standing merge: B back with every property and label, its facts back with theirs, A
 * as it was. NotFoundError for an unknown merge; ConflictError when it was undone already, or
 * when A or a moved fact changed since (revert those changes first), or A was merged away.
 */
export async function undoMerge(
  transact: Transact,
  mergeId: string,
  editor: string,
  comment?: string,
): Promise<MergeAnswer> {
  return transact(async (tx) => {
    const [row] = await tx.run('merge-by-id', { id: mergeId });
    if (!row) throw new NotFoundError(`No merge with id "${mergeId}"`);
    const m = row.merge as Row;
    if (m.undone === true) throw new ConflictError(`Merge "${mergeId}" was undone already`);
    const firstSeq = Number(m.firstSeq);
    const moved = (m.moved as string[] | null) ?? [];
    const movedBefore = JSON.parse(asText(m.movedBefore)) as {
      id: string;
      revision: number | null;
    }[];
    const movedNow = new Map(
      ((row.movedNow as Row[] | null) ?? []).map((r) => [asText(r.id), r.revision]),
    );
    const revisionsRows = await tx.run('merge-revisions', { merge: mergeId });
    const seqOf = new Map(revisionsRows.map((r) => [asText(r.targetId), Number(r.seq)]));
    const changed =
      row.intoRevision !== firstSeq ||
      row.fromKept !== true ||
      moved.some((id) => movedNow.get(id) !== seqOf.get(id));
    if (changed)
      throw new ConflictError(
        `"${asText(m.into)}" or a fact moved to it changed since the merge (or it was merged away): revert those changes, then undo`,
      );
    const planned: PlannedRevision[] = revisionsRows.map((r) => ({
      target: asText(r.target) as PlannedRevision['target'],
      targetId: asText(r.targetId),
      before: typeof r.before === 'string' ? (JSON.parse(r.before) as Entity | Fact) : null,
      after: typeof r.after === 'string' ? (JSON.parse(r.after) as Entity | Fact) : null,
    }));
    const before = JSON.parse(asText(m.intoBefore)) as IntoBefore;
    const [done] = await tx.run('merge-undo', {
      mergeId,
      editor,
      comment: comment ?? null,
      revisions: wireRevisions(undoRevisions(planned)),
      factRevisions: Object.fromEntries(movedBefore.map((f) => [f.id, f.revision])),
      aliases: before.aliases,
      aliasText: before.aliasText,
      summary: before.summary,
      intoRevision: before.revision,
    });
    if (!done) throw new ConflictError(`Merge "${mergeId}" cannot be undone now`);
    return {
      merge: mergeId,
      into: asText(m.into),
      from: asText(m.from),
      undone: true,
      at: asText(done.at),
      revisions: range(Number(done.firstSeq), Number(done.lastSeq)),
      moved,
      hidden: (m.hidden as string[] | null) ?? [],
    };
  });
}
