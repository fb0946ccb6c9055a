// Sources from the app (an article to cite): create, one revision in the same transaction.
import type { Source } from '../domain/model';
import type { SourceInput } from '../domain/wire/authoring';
import { ConflictError } from '../errors';
import { transactionOf, type QueryRunner } from '../neo4j/query-runner';
import type { Change } from './entity-writes';
import { newRecordId, readSourcesIn, snapshotOf } from './records';
import { nextRevision, recordRevision } from './revision-store';

/** Creates a source (id from the title unless given); 409 when the id is taken. */
export async function createSource(
  runner: QueryRunner,
  input: SourceInput,
  change: Change,
): Promise<Source> {
  const id = input.id ?? newRecordId('s', input.title.split(/\s+/).slice(0, 6).join(' '));
  return transactionOf(runner)(async (tx) => {
    const stamp = await nextRevision(tx);
    if ((await readSourcesIn(tx, [id])).has(id)) {
      throw new ConflictError(`A source with id "${id}" exists`);
    }
    await tx.run('author-source-write', {
      id,
      kind: input.kind,
      title: input.title,
      publisher: input.publisher,
      url: input.url ?? null,
      published: input.published,
      author: input.author ?? null,
      seq: stamp.seq,
    });
    const after = (await readSourcesIn(tx, [id])).get(id);
    if (!after) throw new Error(`Source ${id} was written but cannot be read`);
    await recordRevision(tx, stamp, {
      ...change,
      action: 'create',
      target: 'source',
      targetId: id,
      before: null,
      after: snapshotOf(after),
    });
    return after;
  });
}
