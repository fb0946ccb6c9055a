// Reverting a revision: a new revision that puts back the record as it was before that one
// (a fact created is retracted, a fact retracted comes back). History is never rewritten.
import type { Entity, Fact } from '../domain/model';
import { ConflictError, NotFoundError } from '../errors';
import { transactionOf, type QueryRunner } from '../neo4j/query-runner';
import { writeEntity, type Change } from './entity-writes';
import { writeFact } from './fact-writes';
import { readEntityIn, readFactIn, snapshotOf } from './records';
import { nextRevision, readRevision, recordRevision } from './revision-store';
import type { Reverted, Revision } from '../domain/wire/authoring';

/**
 * Reverts revision `seq` of an entity or a fact. 404 when there is no such revision; 409 for
 * what cannot be put back (a source, a file's load, an entity's creation: entities are not
 * deleted here).
 */
export async function revertRevision(
  runner: QueryRunner,
  seq: number,
  change: Change,
): Promise<Reverted> {
  const target = await readRevision(runner, seq);
  if (!target) throw new NotFoundError(`No revision rev-${seq}`);
  if (target.target === 'entity' && target.before !== null) {
    return revertEntity(runner, target, change);
  }
  if (target.target === 'fact') return revertFact(runner, target, change);
  throw new ConflictError(
    `Revision rev-${seq} (${target.action} of a ${target.target}) cannot be reverted here`,
  );
}

async function revertEntity(
  runner: QueryRunner,
  target: Revision,
  change: Change,
): Promise<Reverted> {
  const before = target.before as Entity;
  return transactionOf(runner)(async (tx) => {
    const stamp = await nextRevision(tx);
    const current = await readEntityIn(tx, target.targetId);
    if (!current) throw new NotFoundError(`No entity with id "${target.targetId}"`);
    const after = await writeEntity(tx, target.targetId, before, stamp);
    await recordRevision(tx, stamp, {
      ...change,
      action: 'revert',
      target: 'entity',
      targetId: target.targetId,
      before: snapshotOf(current),
      after: snapshotOf(after),
      revertOf: target.seq,
    });
    return { revision: stamp.seq, record: after };
  });
}

async function revertFact(
  runner: QueryRunner,
  target: Revision,
  change: Change,
): Promise<Reverted> {
  const before = target.before as Fact | null;
  return transactionOf(runner)(async (tx) => {
    const stamp = await nextRevision(tx);
    const current = await readFactIn(tx, target.targetId);
    if (current) {
      await tx.run('author-fact-delete', { elementId: current.elementId });
    }
    const after = before ? await writeFact(tx, before, stamp, current?.recordedAt ?? null) : null;
    await recordRevision(tx, stamp, {
      ...change,
      action: 'revert',
      target: 'fact',
      targetId: target.targetId,
      before: current ? snapshotOf(current.fact) : null,
      after: after ? snapshotOf(after) : null,
      revertOf: target.seq,
    });
    return { revision: stamp.seq, record: after };
  });
}
