// The app's import action: the uploaded form becomes an importer request, checked before the
// job is queued (each missing or extra file named by its field), then run with progress.
import { basename } from 'node:path';
import type { ImportJob, ImportProblem } from '../domain/api';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import type { Neo4jGateway } from '../neo4j/gateway';
import type { QueryRunner } from '../neo4j/query-runner';
import type { ImportConfig } from '../config';
import type { ImportOptions, ImportSpec } from '../routes/imports';
import { importFiles } from './import-files';
import { describeUnfinished, readImportRecord } from './import-record';
import { ImportJobStore } from './job-store';
import type { ImportRunner } from './jobs';
import { IMPORT_FORMATS } from './by-format';
import { requestOf } from './form-request';

export { columnList, requestOf } from './form-request';

/**
 * Runs an uploaded import: provenance names the uploaded files, not their temporary copies; the
 * app's `factTypes` learns the import's fact types.
 */
export function appImportRunner(
  gateway: Neo4jGateway,
  factTypes: FactTypeRegistry,
): ImportRunner<ImportSpec> {
  return async (spec, report, jobId) => {
    const request = requestOf(spec);
    const names = new Map(spec.uploads.map((u) => [u.path, u.name]));
    const result = await importFiles(gateway, request, {
      skipBad: spec.fields.skipBad === 'on' || spec.fields.skipBad === 'true',
      fileLabel: (path) => names.get(path) ?? basename(path),
      onProgress: (p) => report(p),
      importId: jobId,
      factTypes,
    });
    const problems: ImportProblem[] = result.problems.map((p) => ({
      ...p,
      file: names.get(p.file) ?? p.file,
    }));
    return { ...result, problems };
  };
}

/**
 * The app's import options from the configuration: off without an editor token. Jobs and
 * uploads live in `config.jobsDir`; call `store.recover()` before the app serves. Pass the
 * app's `factTypes` (the one `createApp` is given), so it knows what the imports register.
 */
export function appImports(
  gateway: Neo4jGateway,
  config: ImportConfig | undefined,
  factTypes: FactTypeRegistry,
): ImportOptions {
  if (!config) return {};
  return {
    token: config.editorToken,
    store: new ImportJobStore(config.jobsDir),
    limits: { maxFileBytes: config.maxFileBytes, maxFiles: config.maxFiles },
    runner: appImportRunner(gateway, factTypes),
    check: (spec) => void requestOf(spec),
    formats: IMPORT_FORMATS,
    recorded: (id) => recordedJob(gateway, id),
  };
}

/** A job of an earlier run of the app, from its import record; undefined when none. */
export async function recordedJob(
  gateway: QueryRunner,
  id: string,
): Promise<ImportJob | undefined> {
  const record = await readImportRecord(gateway, id);
  if (!record) return undefined;
  const interrupted = record.status === 'running';
  const phase = record.status === 'failed' || interrupted ? 'failed' : 'done';
  const message = interrupted
    ? `Interrupted: the app stopped during this import. ${describeUnfinished(record)}`
    : (record.message ?? record.status);
  return {
    id,
    format: record.format,
    files: [...record.files],
    phase,
    progress: { phase, rows: 0, bytes: 0, totalBytes: 0, written: record.rowsWritten },
    createdAt: record.startedAt,
    ...(record.finishedAt ? { finishedAt: record.finishedAt } : {}),
    problems: [],
    message,
    interrupted,
  };
}
