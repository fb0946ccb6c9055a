// Facts a file states that another file wrote first (a BODS record's interest stated again by
// a later file, `FactDraft.claimAcrossFiles`): the stored version is read before the batch
// writes over it, and once written each change is one revision (action `update`, editor
// `importer`), so the earlier statement stays visible in the fact's history.
import { PIPELINE_EDITOR } from '../authoring/file-revisions';
import { snapshotOf } from '../authoring/records';
import { nextRevision, recordRevision } from '../authoring/revision-store';
import type { Fact } from '../domain/model';
import { isFactType } from '../domain/vocabulary';
import { edgeOf } from '../graph/rows';
import { cypher } from '../neo4j/cypher-files';
import { namedQueries, type WriteTx } from '../neo4j/gateway';

/** A stored fact as a revision keeps it, and the file that wrote it. */
export interface StoredVersion {
  readonly fact: Fact;
  readonly file: string;
}

/** The queries that read or touch stored facts of one type by id (`[r:$(type) {id: id}]`). */
export type TypedFactQuery = 'import-replaced-facts' | 'load-edited-facts' | 'load-fact-revisions';

/**
 * Query `name` for one fact type, the type written into its text so the type's id index serves
 * (Neo4j 5.26 plans no index for a dynamic type). Throws when `type` is not a fact type name
 * (the allowlist pattern of server/domain/vocabulary.ts) or the file lacks the pattern.
 */
export function typedFactQuery(name: TypedFactQuery, type: string): string {
  if (!isFactType(type)) throw new Error(`${JSON.stringify(type)} cannot name a fact type`);
  const dynamic = '[r:$(type) {id: id}]';
  const text = cypher(name);
  if (!text.includes(dynamic)) throw new Error(`${name}.cypher: no fact pattern`);
  return text.replace(dynamic, `[r:${type} {id: id}]`);
}

/**
 * Stored facts read by `name` (rows: subject, type, object, props, ints, file), by id, each as
 * a revision keeps it, with its file and its record `revision` (0 when none).
 */
export async function readStoredFacts(
  tx: WriteTx,
  name: TypedFactQuery,
  type: string,
  params: Record<string, unknown>,
): Promise<Map<string, StoredVersion & { readonly revision: number }>> {
  const found = new Map<string, StoredVersion & { readonly revision: number }>();
  const rows = await tx.run(typedFactQuery(name, type), params);
  for (const row of rows) {
    const edge = edgeOf(row);
    if (!edge) continue;
    const fact: Fact = {
      id: edge.key,
      subject: edge.source,
      object: edge.target,
      ...edge.attributes,
    };
    found.set(edge.key, {
      fact: snapshotOf(fact),
      file: typeof row.file === 'string' ? row.file : '',
      revision: typeof fact.revision === 'number' ? fact.revision : 0,
    });
  }
  return found;
}

/**
 * The stored facts of one `type` among `ids` that a file other than `file` wrote, by id
 * (empty when none: the usual case, and always when a file is imported again).
 */
export async function factsOthersWrote(
  tx: WriteTx,
  type: string,
  ids: readonly string[],
  file: string,
): Promise<Map<string, StoredVersion>> {
  if (ids.length === 0) return new Map();
  return readStoredFacts(tx, 'import-replaced-facts', type, { ids: [...new Set(ids)], file });
}

/**
 * Records one revision per fact in `before` that `file` has just written over: before is the
 * version the other file wrote, after the one `file` wrote (read in the same transaction).
 */
export async function recordReplacedFacts(
  tx: WriteTx,
  database: string,
  type: string,
  before: ReadonlyMap<string, StoredVersion>,
  file: string,
): Promise<void> {
  if (before.size === 0) return;
  const after = await factsOthersWrote(tx, type, [...before.keys()], '');
  const runner = namedQueries(tx, database);
  for (const [id, earlier] of before) {
    const stamp = await nextRevision(runner);
    await recordRevision(runner, stamp, {
      editor: PIPELINE_EDITOR.import,
      comment: `${file} states this fact again; the version ${earlier.file} wrote is kept here`,
      action: 'update',
      target: 'fact',
      targetId: id,
      before: earlier.fact,
      after: after.get(id)?.fact ?? null,
      file,
    });
  }
}
