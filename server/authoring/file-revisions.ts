// The loader's and importers' revisions: one per file (target `file`, named by the file, no
// snapshots), so the history says when each file changed the graph.
import type { QueryRunner } from '../neo4j/query-runner';
import { nextRevision, recordRevision } from './revision-store';

/** Who a load or an import is recorded as, when no editor started it. */
export const PIPELINE_EDITOR = { load: 'loader', import: 'importer' } as const;

/** Writes one revision per file in `tx` (the load's or the import's own transaction). */
export async function recordFileRevisions(
  tx: QueryRunner,
  files: readonly string[],
  action: 'load' | 'import',
  editor: string = PIPELINE_EDITOR[action],
  comment?: string,
): Promise<void> {
  for (const file of files) {
    const stamp = await nextRevision(tx);
    await recordRevision(tx, stamp, {
      editor,
      comment,
      action,
      target: 'file',
      targetId: file,
      before: null,
      after: null,
      file,
    });
  }
}
