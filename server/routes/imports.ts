// Imports from the app: open only when an editor token is configured; without it the API
// says so (403) and stays read-only. Files arrive as multipart/form-data, run as a job, and the
// client polls the job for progress.
import { rm } from 'node:fs/promises';
import { Router } from 'express';
import { FeatureOffError, NotFoundError } from '../errors';
import { requireBearer } from '../http/bearer';
import { parseInput } from '../http/parse-input';
import { importJobParams } from '../http/query-schemas';
import type { ImportJob } from '../domain/api';
import { ImportJobs, type ImportRunner } from '../imports/jobs';
import { readUpload, type UploadedFile, type UploadLimits } from '../imports/upload';

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
  /**
   * A job this process does not hold (it ran before a restart of the app), from its record in
   * the database; an import that never ended reads as interrupted.
   */
  readonly recorded?: (id: string) => Promise<ImportJob | undefined>;
}

/** `/imports`: whether imports are on; with an editor token, uploads as jobs and their progress. */
export function importRoutes(options: ImportOptions): Router {
  const router = Router();
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
  return importsOn(router, options);
}

function importsOn(router: Router, options: ImportsOn): Router {
  const { token } = options;
  const jobs = new ImportJobs<ImportSpec>(options.runner, 20, (spec) =>
    rm(spec.dir, { recursive: true, force: true }),
  );
  const guard = requireBearer(token, 'editor');
  router.post('/imports', guard, async (req, res) => {
    const upload = await readUpload(req, options.limits);
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
      await rm(upload.dir, { recursive: true, force: true });
      throw error;
    }
    const job = jobs.start(spec);
    res.status(202).location(`/api/imports/${job.id}`).json(job);
  });
  router.get('/imports/:job', guard, async (req, res) => {
    const { job: id } = parseInput(importJobParams, req.params, 'path');
    const job = jobs.get(id) ?? (await options.recorded?.(id));
    if (!job) throw new NotFoundError(`No import job with id "${id}"`);
    res.json(job);
  });
  return router;
}
