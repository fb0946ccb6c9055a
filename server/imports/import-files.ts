// The importers' library entry: validate every file first (nothing is written when one is bad,
// unless bad rows may be skipped), then register fact types and sources and write in batches.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { ImportProblem } from '../domain/api';
import { isBuiltInFactType } from '../domain/vocabulary';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { readFactTypes, registerFactTypes, type RegisteredFactType } from '../graph/fact-types';
import { ensureSchema } from '../load/loader';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';
import { formatDefinition } from './by-format';
import { prepareReader } from './formats';
import { cleanReader } from './clean-reader';
import { fileSourceId } from './ids';
import { describeUnfinished, ImportRecorder } from './import-record';
import { formatImportProblem } from './report';
import type {
  FormatReader,
  ImportOptions,
  ImportRequest,
  ImportResult,
  MergedEntities,
} from './types';
import { validate, type Validation } from './validate-pass';
import { writeAll } from './write-pass';

/** The result of an import refused before anything was written: `why`, and the problems. */
export function refused(problems: ImportProblem[], count: number, why: string): ImportResult {
  return {
    ok: false,
    entities: 0,
    facts: 0,
    skipped: 0,
    problems,
    message: `${why}; nothing was written (${count} problem${count === 1 ? '' : 's'})`,
  };
}

/** Writes the skipped rows' report (`--report FILE`): one problem a line. */
export async function writeReport(
  path: string,
  problems: readonly ImportProblem[],
  count: number,
): Promise<void> {
  const lines = problems.map(formatImportProblem);
  if (count > problems.length) lines.push(`... and ${count - problems.length} more`);
  await writeFile(path, lines.length > 0 ? `${lines.join('\n')}\n` : '', 'utf8');
}

/**
 * The validation pass with its verdict, as every import (normal or `--bulk`) gives it: the
 * validation, or the refusal to return (a file that cannot be read; bad rows without `skipBad`;
 * more bad rows than `badTolerance`, 1000 by default). With `skipBad` and `reportFile`, the
 * skipped rows' report is written. `runner` answers the reference checks' reads.
 */
export async function checkFiles(
  runner: Pick<Neo4jGateway, 'read'>,
  reader: FormatReader,
  duplicatesAllowed: boolean,
  options: ImportOptions,
  totalBytes: number,
): Promise<{ validation: Validation } | { refusal: ImportResult }> {
  const tolerance = options.badTolerance ?? 1000;
  const validation = await validate(runner, reader, {
    duplicatesAllowed,
    ...(options.skipBad ? { stopAfterBad: tolerance } : {}),
    progress: (p) => options.onProgress?.({ phase: 'validating', ...p, totalBytes, written: 0 }),
  });
  const { problems, problemCount } = validation;
  if (validation.fatal)
    return { refusal: refused(problems, problemCount, 'A file cannot be read') };
  if (problemCount > 0 && !options.skipBad)
    return { refusal: refused(problems, problemCount, 'Bad rows found') };
  if (validation.stoppedEarly) {
    const why = `More than ${tolerance} bad rows (the tolerance)`;
    return { refusal: refused(problems, problemCount, why) };
  }
  if (options.skipBad && options.reportFile !== undefined) {
    await writeReport(options.reportFile, problems, problemCount);
  }
  return { validation };
}

/**
 * The import summary's words for entities met in other sources: "; 12 entities already known
 * from data/article.json were merged (their names, kinds and summaries kept)".
 */
export function mergedWords(merged: readonly MergedEntities[]): string {
  if (merged.length === 0) return '';
  const parts = merged.map(
    (m) =>
      `${m.entities} ${m.entities === 1 ? 'entity' : 'entities'} already known from ${m.file} ` +
      `${m.entities === 1 ? 'was' : 'were'} merged`,
  );
  return `; ${parts.join('; ')} (their names, kinds and summaries kept, new names added as aliases, what else the file says kept under its name)`;
}

/** The finished import's summary (its record's message): what it imported, skipped and merged. */
export function importedWords(done: {
  readonly completing: boolean;
  readonly entities: number;
  readonly facts: number;
  readonly files: number;
  readonly skipped: number;
  readonly merged: readonly MergedEntities[];
}): string {
  const { entities, facts, files, skipped } = done;
  return (
    (done.completing ? 'Completed an import that had not finished. ' : '') +
    `Imported ${entities} entities and ${facts} facts from ${files} ` +
    `file${files === 1 ? '' : 's'}` +
    (skipped > 0 ? `; ${skipped} bad row${skipped === 1 ? '' : 's'} skipped` : '') +
    mergedWords(done.merged)
  );
}

/**
 * Registers the fact types that are not registered as they are yet (each costs a schema change);
 * `factTypes` (the importing app's registry) learns all of them.
 */
export async function registerNewFactTypes(
  gateway: Neo4jGateway,
  types: readonly RegisteredFactType[],
  factTypes: FactTypeRegistry | undefined,
): Promise<void> {
  const known = await readFactTypes(gateway);
  const same = (a: RegisteredFactType, b: RegisteredFactType): boolean =>
    a.name === b.name &&
    a.label === b.label &&
    a.verb === b.verb &&
    a.shape === b.shape &&
    a.source === b.source;
  const fresh = types.filter((t) => !isBuiltInFactType(t.name) && !known.some((k) => same(k, t)));
  if (fresh.length > 0) await registerFactTypes(gateway, fresh);
  factTypes?.learn([...known, ...types]);
}

/**
 * Imports files of one format into Neo4j. Reads each file as a stream (twice: to check, then
 * to write); reports progress through `onProgress`; importing the same files again leaves the
 * same counts.
 */
export async function importFiles(
  gateway: Neo4jGateway,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const prepared = await prepareReader(request, options.fileLabel);
  const reader = prepared.reader && cleanReader(prepared.reader);
  if (!reader)
    return refused(prepared.problems, prepared.problems.length, 'The input cannot be read');
  const totalBytes = reader.files.reduce(
    (sum, f) => sum + f.bytes * (f.holds === 'mixed' ? 2 : 1),
    0,
  );
  // 1. Check everything: shapes, values, duplicate ids, references (files, then database).
  await ensureSchema(gateway);
  const checked = await checkFiles(
    gateway,
    reader,
    prepared.duplicatesAllowed,
    options,
    totalBytes,
  );
  if ('refusal' in checked) return checked.refusal;
  const { validation } = checked;
  const { problems } = validation;

  // 2. Fact types and sources first, then entities and facts in batches.
  options.onProgress?.({ phase: 'writing', rows: 0, bytes: 0, totalBytes, written: 0 });
  const dataset =
    options.dataset ?? formatDefinition(request.format)?.info.dataset ?? request.format;
  await registerNewFactTypes(
    gateway,
    [...validation.types.values()].map((t) => ({ ...t, source: dataset })),
    options.factTypes,
  );
  // The record says an import is under way until it ends; a kill leaves it `running`.
  const recorder = new ImportRecorder(gateway, options.importId ?? randomUUID());
  const labels = reader.files.map((f) => f.label);
  // A file's Source id comes from its content (or the dataset's name), never its path.
  const sourceIds: string[] = [];
  for (const f of reader.files)
    sourceIds.push(await fileSourceId(f.path, f.label, options.dataset));
  // Facts of a file whose Source the database has never held cannot be stored yet: created.
  const known = await gateway.read(cypher('sources-by-id'), { ids: sourceIds });
  const freshSources = new Set(sourceIds.filter((id) => !known.some((r) => r.id === id)));
  // On an empty graph every entity id the import has not written itself is absent.
  const [count] = await gateway.read(cypher('import-entity-count'));
  const emptyAtStart = Number(count?.entities ?? 1) === 0;
  const completing = await recorder.begin(dataset, request.format, labels, sourceIds);
  for (const old of completing) options.onNotice?.(`Completing: ${describeUnfinished(old)}`);
  let tally: Awaited<ReturnType<typeof writeAll>>;
  try {
    const published = new Date().toISOString().slice(0, 10);
    for (const [i, label] of labels.entries()) {
      await gateway.write(cypher('import-source'), {
        id: sourceIds[i],
        title: label,
        publisher: dataset,
        file: label,
        published,
      });
    }
    tally = await writeAll(gateway, reader, {
      batchSize: options.batchSize ?? 5000,
      concurrency: options.concurrency ?? 2,
      bad: validation.bad,
      sourceIds,
      duplicates: validation.duplicates,
      attributeKeys: validation.attributeKeys,
      timeSlots: validation.timeSlots,
      freshSources,
      emptyAtStart,
      progress: (p) => options.onProgress?.({ phase: 'writing', ...p, totalBytes }),
      record: (tx, written) => recorder.progressIn(tx, written),
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    await recorder.end('failed', why).catch(() => undefined);
    throw error;
  }
  const skipped = validation.badLines.size;
  const entities = validation.entityIds.size;
  const merged = [...tally.merged]
    .map(([file, ids]) => ({ file, entities: ids.size }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const message = importedWords({
    completing: completing.length > 0,
    entities,
    facts: tally.facts,
    files: reader.files.length,
    skipped,
    merged,
  });
  await recorder.end('finished', message, tally.entities + tally.facts);
  return { ok: true, entities, facts: tally.facts, skipped, merged, problems, message };
}
