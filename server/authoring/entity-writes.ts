// Entities from the app: create and edit, each one revision in the same write transaction.
import type { Entity } from '../domain/model';
import { aliasSearchText } from '../domain/text-policy';
import { ENTITY_KINDS } from '../domain/vocabulary';
import type { EntityInput, EntityPatch } from '../domain/wire/authoring';
import { ConflictError, NotFoundError } from '../errors';
import { transactionOf, type QueryRunner } from '../neo4j/query-runner';
import { checkRevision, newRecordId, readEntityIn, snapshotOf } from './records';
import { nextRevision, recordRevision, type RevisionStamp } from './revision-store';

/** The fields of an entity authoring writes (imported attributes are left alone). */
export interface EntityFields {
  readonly kind: Entity['kind'];
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary?: string | undefined;
}

/** Who changes something, and why. */
export interface Change {
  readonly editor: string;
  readonly comment?: string | undefined;
}

/** Writes an entity's own fields under `stamp` and answers it as stored. */
export async function writeEntity(
  tx: QueryRunner,
  id: string,
  fields: EntityFields,
  stamp: RevisionStamp,
): Promise<Entity> {
  await tx.run('author-entity-write', {
    id,
    kind: fields.kind,
    otherKinds: ENTITY_KINDS.filter((k) => k !== fields.kind),
    name: fields.name,
    aliases: fields.aliases,
    aliasText: aliasSearchText(fields.name, fields.aliases),
    summary: fields.summary ?? null,
    seq: stamp.seq,
  });
  const stored = await readEntityIn(tx, id);
  if (!stored) throw new Error(`Entity ${id} was written but cannot be read`);
  return stored;
}

/** Creates an entity (id from the name unless given); 409 when the id is taken. */
export async function createEntity(
  runner: QueryRunner,
  input: EntityInput,
  change: Change,
): Promise<Entity> {
  const id = input.id ?? newRecordId('', input.name);
  return transactionOf(runner)(async (tx) => {
    const stamp = await nextRevision(tx);
    if (await readEntityIn(tx, id)) throw new ConflictError(`An entity with id "${id}" exists`);
    const fields = {
      kind: input.kind,
      name: input.name,
      aliases: input.aliases ?? [],
      summary: input.summary,
    };
    const after = await writeEntity(tx, id, fields, stamp);
    await recordRevision(tx, stamp, {
      ...change,
      action: 'create',
      target: 'entity',
      targetId: id,
      before: null,
      after: snapshotOf(after),
    });
    return after;
  });
}

/** Changes an entity from revision `expected`: 404 when absent, 409 (both versions) if stale. */
export async function updateEntity(
  runner: QueryRunner,
  id: string,
  patch: EntityPatch,
  expected: number,
  change: Change,
): Promise<Entity> {
  return transactionOf(runner)(async (tx) => {
    const stamp = await nextRevision(tx);
    const current = await readEntityIn(tx, id);
    if (!current) throw new NotFoundError(`No entity with id "${id}"`);
    checkRevision(current, expected, patch);
    const summary = patch.summary === null ? undefined : (patch.summary ?? current.summary);
    const after = await writeEntity(
      tx,
      id,
      {
        kind: patch.kind ?? current.kind,
        name: patch.name ?? current.name,
        aliases: patch.aliases ?? current.aliases,
        summary,
      },
      stamp,
    );
    await recordRevision(tx, stamp, {
      ...change,
      action: 'update',
      target: 'entity',
      targetId: id,
      before: snapshotOf(current),
      after: snapshotOf(after),
    });
    return after;
  });
}
