// Facts the app edited (issue 16) that a load writes over: the file is the loader's source, so
// its version is written, but the app's version is kept as a revision (action `update`, editor
// `loader`) that a revert brings back, and the fact's record `revision` is that revision's seq,
// so editors' next saves are checked against it. Nothing the app wrote is lost without a trace.
import { PIPELINE_EDITOR } from '../authoring/file-revisions';
import { nextRevision, recordRevision } from '../authoring/revision-store';
import { readStoredFacts, typedFactQuery, type StoredVersion } from '../imports/claim-revisions';
import { fieldChanges } from '../domain/revision-changes';
import { namedQueries, type WriteTx } from '../neo4j/gateway';

/** A fact row of a load: its id and type (checked against the allowlist before the load). */
export interface LoadFactRef {
  readonly id: string;
  readonly type: string;
  readonly file: string;
}

/** An edited fact as stored before the load, with the load's file that writes over it. */
export interface EditedFact extends StoredVersion {
  readonly type: string;
  readonly revision: number;
  readonly loadedFrom: string;
}

const CHUNK = 1000;

/** Groups `facts` by type, in chunks of at most CHUNK ids. */
function byType(facts: readonly LoadFactRef[]): Map<string, LoadFactRef[]> {
  const groups = new Map<string, LoadFactRef[]>();
  for (const f of facts) groups.set(f.type, [...(groups.get(f.type) ?? []), f]);
  return groups;
}

/**
 * The stored facts among `facts` that the app edited (record `revision` above 0), by id, read in
 * the load's transaction before it writes (cypher/load-edited-facts.cypher, one query per type
 * and chunk of 1,000 ids). Empty for a database the app never edited.
 */
export async function appEditedFacts(
  tx: WriteTx,
  facts: readonly LoadFactRef[],
): Promise<Map<string, EditedFact>> {
  const edited = new Map<string, EditedFact>();
  for (const [type, refs] of byType(facts)) {
    for (let i = 0; i < refs.length; i += CHUNK) {
      const chunk = refs.slice(i, i + CHUNK);
      const files = new Map(chunk.map((r) => [r.id, r.file]));
      const found = await readStoredFacts(tx, 'load-edited-facts', type, {
        ids: chunk.map((r) => r.id),
      });
      for (const [id, stored] of found)
        edited.set(id, { ...stored, type, loadedFrom: files.get(id) ?? '' });
    }
  }
  return edited;
}

/**
 * After the load wrote `edited`'s facts: for each whose stored version now differs from the
 * app's, one revision (`update`, editor `loader`, before the app's version, after the file's)
 * and the fact's `revision` set to its seq; for each unchanged, its `revision` put back.
 */
export async function keepAppEdits(
  tx: WriteTx,
  database: string,
  edited: ReadonlyMap<string, EditedFact>,
): Promise<number> {
  const runner = namedQueries(tx, database);
  let written = 0;
  const types = new Map<string, { id: string; revision: number }[]>();
  for (const [type, refs] of byType([...edited.values()].map((e) => ({ ...e, id: e.fact.id })))) {
    const after = await readStoredFacts(tx, 'import-replaced-facts', type, {
      ids: refs.map((r) => r.id),
      file: '',
    });
    for (const ref of refs) {
      const before = edited.get(ref.id);
      if (!before) continue;
      const now = after.get(ref.id)?.fact ?? null;
      let revision = before.revision;
      if (fieldChanges(before.fact, now).length > 0) {
        const stamp = await nextRevision(runner);
        await recordRevision(runner, stamp, {
          editor: PIPELINE_EDITOR.load,
          comment: `${before.loadedFrom} was loaded again over this fact's edit in the app; the app's version is kept here (revert this revision to bring it back)`,
          action: 'update',
          target: 'fact',
          targetId: ref.id,
          before: before.fact,
          after: now,
          file: before.loadedFrom,
        });
        revision = stamp.seq;
        written += 1;
      }
      types.set(type, [...(types.get(type) ?? []), { id: ref.id, revision }]);
    }
  }
  for (const [type, rows] of types)
    await tx.run(typedFactQuery('load-fact-revisions', type), { rows });
  return written;
}
