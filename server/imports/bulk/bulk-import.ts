// `npm run import -- --bulk FORMAT ...`: the first import of a large dataset into an empty
// embedded database through Neo4j's offline importer. Validated as the normal import is, the
// rows made by its functions into CSV files, `neo4j-admin database import full` run on them,
// then Neo4j started on the new store and everything else written as the normal import does:
// schema, fact types, the (:Import) record, the files' (:Source) nodes and their revisions.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../config';
import { formatDefinition } from '../by-format';
import { cleanReader } from '../clean-reader';
import { prepareReader } from '../formats';
import { fileSourceId } from '../ids';
import { checkFiles, importedWords, refused } from '../import-files';
import type { ImportOptions, ImportRequest, ImportResult } from '../types';
import { runAdminImport, removeStore } from './admin-tool';
import { writeBulkCsv } from './bulk-csv';
import { collectRows } from './bulk-rows';
import { finishBulk } from './finish-bulk';
import { checkEmptyStore, inUse, isStoreLock } from './store-check';

export { BulkRefusal } from './csv-cells';

/** The bulk import's options: the normal import's, and where its lines for a person go. */
export type BulkOptions = Omit<ImportOptions, 'batchSize' | 'record'> & {
  /** Progress lines of the tool and the steps after it (the CLI prints them on stderr). */
  readonly onLine?: (line: string) => void;
  /** Told as each step begins (the ingest benchmark times them). */
  readonly onStep?: (step: BulkStep) => void;
};

/** The bulk import's steps: checks, CSV files, neo4j-admin, Neo4j started and the rest written. */
export type BulkStep = 'validating' | 'csv' | 'tool' | 'finishing';

/**
 * Imports `request` into the empty embedded database of `config` through neo4j-admin. Resolves
 * with the normal import's result (problems: nothing written). Throws BulkRefusal when the
 * database is not the embedded one, not empty, in use, or the files need what only the normal
 * import does (merging what two files say); other errors when the tool or Neo4j fail, after
 * removing the half-written store.
 */
export async function bulkImport(
  config: Config,
  request: ImportRequest,
  options: BulkOptions = {},
): Promise<ImportResult> {
  const say = options.onLine ?? (() => undefined);
  options.onStep?.('validating');
  // 1. Nothing is written before the database is known to be empty and the files good.
  const { neo4j, overwrite } = await checkEmptyStore(config, say);
  const prepared = await prepareReader(request, options.fileLabel);
  const reader = prepared.reader && cleanReader(prepared.reader);
  if (!reader) {
    return refused(prepared.problems, prepared.problems.length, 'The input cannot be read');
  }
  const totalBytes = reader.files.reduce(
    (sum, f) => sum + f.bytes * (f.holds === 'mixed' ? 2 : 1),
    0,
  );
  // An empty database holds no entity a file could refer to.
  const empty = { read: () => Promise.resolve([]) };
  const checked = await checkFiles(empty, reader, prepared.duplicatesAllowed, options, totalBytes);
  if ('refusal' in checked) return checked.refusal;
  const { validation } = checked;
  const { problems } = validation;

  // 2. The rows, as the write pass makes them, into the tool's CSV files (a folder of its own).
  say("Reading the files again into neo4j-admin's CSV files ...");
  options.onStep?.('csv');
  const dataset =
    options.dataset ?? formatDefinition(request.format)?.info.dataset ?? request.format;
  const sourceIds: string[] = [];
  for (const f of reader.files)
    sourceIds.push(await fileSourceId(f.path, f.label, options.dataset));
  const rows = await collectRows(reader, {
    bad: validation.bad,
    sourceIds,
    duplicates: validation.duplicates,
    progress: () => undefined,
  });
  const work = mkdtempSync(join(os.tmpdir(), 'brand-graph-bulk-'));
  try {
    const files = { nodes: join(work, 'nodes.csv'), relationships: join(work, 'facts.csv') };
    const recordedAt = new Date().toISOString();
    const { multiline } = await writeBulkCsv(rows.graph, files, validation, recordedAt);

    // 3. The tool; a failure leaves no half-written store (the database was empty).
    say(
      `Running neo4j-admin database import on ${rows.graph.nodes.size.toLocaleString('en')} ` +
        `entities and ${rows.graph.relationships.size.toLocaleString('en')} facts ...`,
    );
    options.onStep?.('tool');
    const tool = await runAdminImport(neo4j.home, { ...files, work, multiline, overwrite }, say);
    if (tool.code !== 0) {
      const output = tool.tail.join('\n');
      if (/lock/i.test(output) && /in use|locked|FileLock/i.test(output)) throw inUse(neo4j.home);
      removeStore(neo4j.home);
      // Without --verbose the tool says only that the input is bad: run again to learn where.
      say('neo4j-admin failed; running it again with --verbose for its reason ...');
      const again = await runAdminImport(
        neo4j.home,
        { ...files, work, multiline, overwrite: true },
        () => undefined,
        true,
      );
      removeStore(neo4j.home);
      throw new Error(
        `neo4j-admin database import failed (exit ${tool.code}):\n${(again.code !== 0 ? again.tail : tool.tail).join('\n')}`,
      );
    }

    // 4. Neo4j on the new store; then what the normal import writes besides the batches.
    const labels = reader.files.map((f) => f.label);
    const entities = validation.entityIds.size;
    const skipped = validation.badLines.size;
    const message = importedWords({
      completing: false,
      entities,
      facts: rows.factRows,
      files: labels.length,
      skipped,
      merged: [],
    });
    options.onStep?.('finishing');
    try {
      await finishBulk(config, {
        importId: options.importId ?? randomUUID(),
        dataset,
        format: request.format,
        labels,
        sourceIds,
        sources: rows.sources,
        types: [...validation.types.values()].map((t) => ({ ...t, source: dataset })),
        message,
        rowsWritten: rows.entityRows + rows.factRows,
        ...(options.factTypes ? { factTypes: options.factTypes } : {}),
        say,
      });
    } catch (error) {
      // Another process took the store meanwhile: it is theirs now, not to be removed.
      if (isStoreLock(error)) throw inUse(neo4j.home);
      removeStore(neo4j.home);
      throw error;
    }
    return { ok: true, entities, facts: rows.factRows, skipped, merged: [], problems, message };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
