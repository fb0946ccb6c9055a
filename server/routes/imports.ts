// Imports from the app: open only when an editor token is configured; without it the API
// says so (403) and stays read-only. Files arrive as multipart/form-data into the job's folder
// under the app's data folder, run as a job kept on disk, and the client polls the job for
// progress. The recorded imports (app and CLI) are listed for every reader; undoing one needs
// the editor token.
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { ConflictError, FeatureOffError, NotFoundError } from '../errors';
import { requireBearer } from '../http/bearer';
import { parseInput } from '../http/parse-input';
import { importJobParams } from '../http/query-schemas';
import type { ImportJob, ImportUndone } from '../domain/api';
import { listImports, undoImport } from '../imports/import-record';
import type { ImportJobStore } from '../imports/job-store';
import { ImportJobs, type ImportRunner } from '../imports/jobs';
import { readUpload, type UploadedFile, type UploadLimits } from '../imports/upload';
import type { QueryRunner } from '../neo4j/query-runner';

/** One import as the runner receives it: the format, its options and the uploaded files. */
export interface ImportSpec {
  readonly format: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly uploads: readonly UploadedFile[];
  readonly files: string[];
  readonly dir: string;
}

/** Imports are on only with an editor token, and then with everything needed to run them. */
export type ImportOptions = { readonly token?: undefined } | ImportsOn;

export interface ImportsOn {
  /** The editor token every import request must carry. */
  readonly token: string;
  readonly limits: UploadLimits;
  readonly runner: ImportRunner<ImportSpec>;
  /** Checks the form before the job is queued; throws InvalidInputError naming the field. */
  readonly check: (spec: ImportSpec) => void;
  readonly formats: readonly string[];
  /** Where jobs and their uploads are kept (under the app's data folder). */
  readonly store: ImportJobStore;
  /**
   * A job this process does not hold (it ran before a restart of the app), from its record in
   * the database; an import that never ended reads as interrupted.
   */
  readonly recorded?: (id: string) => Promise<ImportJob | undefined>;
}

/** `/api/imports…` and `/api/import-records`; `gateway` reads and undoes the records. */
export function importRoutes(options: ImportOptions, gateway: QueryRunner): Router {
  const router = Router();
  // Jobs queued or running in this app: their records read `running`, not `interrupted`.
  let active: () => ReadonlySet<string> = () => new Set();
  router.get('/import-records', async (_req, res) => {
    res.json({ imports: await listImports(gateway, active()) });
  });
  router.get('/imports', (_req, res) => {
    res.json(
      options.token === undefined
        ? { enabled: false, formats: [] }
        : { enabled: true, formats: options.formats },
    );
  });
  if (options.token === undefined) {
    router.use('/imports', () => {
      throw new FeatureOffError(
        'Importing is off: the server was started without EDITOR_TOKEN, so it is read-only',
      );
    });
    return router;
  }
  const jobs = importsOn(router, options, gateway);
  active = () => jobs.active();
  return router;
}

function importsOn(
  router: Router,
  options: ImportsOn,
  gateway: QueryRunner,
): ImportJobs<ImportSpec> {
  const { token, store } = options;
  const jobs = new ImportJobs<ImportSpec>(
    options.runner,
    20,
    (_spec, id) => store.removeUploads(id),
    (job) => store.save(job),
  );
  const guard = requireBearer(token, 'editor');
  router.post('/imports', guard, async (req, res) => {
    const id = randomUUID();
    let upload: Awaited<ReturnType<typeof readUpload>>;
    try {
      upload = await readUpload(req, options.limits, await store.uploadsFolder(id));
    } catch (error) {
      await store.forget(id);
      throw error;
    }
    const spec: ImportSpec = {
      format: upload.fields.format ?? '',
      fields: upload.fields,
      uploads: upload.files,
      files: upload.files.map((f) => f.name),
      dir: upload.dir,
    };
    try {
      options.check(spec);
    } catch (error) {
      await store.forget(id);
      throw error;
    }
    const job = jobs.start(spec, id);
    // Kept on disk before it is answered: its URL holds across a restart from now on.
    await store.settled();
    res.status(202).location(`/api/imports/${job.id}`).json(job);
  });
  router.get('/imports/:job', guard, async (req, res) => {
    const { job: id } = parseInput(importJobParams, req.params, 'path');
    // This run's jobs; then one kept on disk that ended; one the app stopped during reads
    // from the database's record (rows written) or, stopped before it wrote, from the disk.
    const kept = jobs.get(id) ? undefined : await store.read(id);
    const job =
      jobs.get(id) ??
      (kept && !kept.interrupted ? kept : undefined) ??
      (await options.recorded?.(id)) ??
      kept;
    if (!job) throw new NotFoundError(`No import job with id "${id}"`);
    res.json(job);
  });
  router.post('/imports/:job/undo', guard, async (req, res) => {
    const { job: id } = parseInput(importJobParams, req.params, 'path');
    if (jobs.active().has(id)) {
      throw new ConflictError(`The import ${id} is still running: undo it once it has ended`);
    }
    const undone = await undoImport(gateway, id);
    if (!undone) throw new NotFoundError(`No import with id "${id}" is recorded`);
    const answer: ImportUndone = { id, ...undone };
    res.json(answer);
  });
  return jobs;
}
