// Import jobs kept on disk under the app's data folder, one folder per job: its state
// (`job.json`) and its uploaded files (`uploads/`). A restart of the app still knows each job,
// and the files of a job that can no longer run are removed on start.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportJob } from '../domain/api';

/** Job folders are named by the job's id (a UUID); nothing else in the folder is touched. */
const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What `recover` did on start: jobs marked interrupted, upload folders removed. */
export interface RecoveredJobs {
  readonly interrupted: number;
  readonly uploadsRemoved: number;
}

/** True for a job that has ended (its state no longer changes). */
export function jobEnded(job: ImportJob): boolean {
  return job.phase === 'done' || job.phase === 'failed';
}

/**
 * The jobs folder (`IMPORT_JOBS_DIR`): `ID/job.json` and `ID/uploads/`. One app uses a folder
 * at a time (the embedded database's folder lock ensures it for the default place).
 */
export class ImportJobStore {
  private writing: Promise<unknown> = Promise.resolve();

  /** `keep`: ended jobs remembered on disk; older ones are removed on start. */
  constructor(
    readonly dir: string,
    private readonly keep = 100,
  ) {}

  /** The folder an upload for job `id` streams into (created empty). */
  async uploadsFolder(id: string): Promise<string> {
    const folder = join(this.folderOf(id), 'uploads');
    await mkdir(folder, { recursive: true });
    return folder;
  }

  /** Removes job `id`'s uploaded files (the job ended, or can no longer run). */
  async removeUploads(id: string): Promise<void> {
    await rm(join(this.folderOf(id), 'uploads'), { recursive: true, force: true });
  }

  /** Removes everything of job `id` (an upload refused before it became a job). */
  async forget(id: string): Promise<void> {
    await rm(this.folderOf(id), { recursive: true, force: true });
  }

  /**
   * Saves a job's state; saves run one after another, each written to a temporary file and
   * renamed, so a kill leaves the old state or the new one, never half of one.
   */
  save(job: ImportJob): Promise<void> {
    const folder = this.folderOf(job.id);
    const write = this.writing.then(async () => {
      await mkdir(folder, { recursive: true });
      const file = join(folder, 'job.json');
      await writeFile(`${file}.part`, JSON.stringify(job), 'utf8');
      await rename(`${file}.part`, file);
    });
    this.writing = write.catch(() => undefined);
    return write;
  }

  /** Resolves once every save asked for so far has been written (or has failed). */
  async settled(): Promise<void> {
    await this.writing;
  }

  /** Job `id` as last saved, or undefined. */
  async read(id: string): Promise<ImportJob | undefined> {
    if (!JOB_ID.test(id)) return undefined;
    try {
      return JSON.parse(await readFile(join(this.folderOf(id), 'job.json'), 'utf8')) as ImportJob;
    } catch {
      return undefined;
    }
  }

  /**
   * On start, before any job runs: every job that had not ended is marked interrupted (the app
   * stopped during it), every upload folder is removed (no job of an earlier run can run
   * again), folders of uploads that never became a job are removed, and only the newest
   * `keep` ended jobs are kept.
   */
  async recover(): Promise<RecoveredJobs> {
    await mkdir(this.dir, { recursive: true });
    let interrupted = 0;
    let uploadsRemoved = 0;
    const kept: { id: string; at: string }[] = [];
    for (const name of await readdir(this.dir)) {
      if (!JOB_ID.test(name)) continue;
      const uploads = join(this.folderOf(name), 'uploads');
      if (await exists(uploads)) {
        await rm(uploads, { recursive: true, force: true });
        uploadsRemoved += 1;
      }
      await rm(join(this.folderOf(name), 'job.json.part'), { force: true });
      const job = await this.read(name);
      if (!job) {
        await this.forget(name);
        continue;
      }
      if (!jobEnded(job)) {
        await this.save(interruptedJob(job));
        interrupted += 1;
      }
      kept.push({ id: name, at: job.createdAt });
    }
    kept.sort((a, b) => b.at.localeCompare(a.at));
    for (const old of kept.slice(this.keep)) await this.forget(old.id);
    return { interrupted, uploadsRemoved };
  }

  private folderOf(id: string): string {
    if (!JOB_ID.test(id)) throw new Error(`Not an import job id: ${id}`);
    return join(this.dir, id);
  }
}

/** A job the app stopped during: failed, interrupted, saying in which phase. */
export function interruptedJob(job: ImportJob): ImportJob {
  const when: Record<string, string> = {
    queued: 'before it began',
    validating: 'while it checked the files (nothing was written)',
    writing: 'while it wrote',
  };
  return {
    ...job,
    phase: 'failed',
    progress: { ...job.progress, phase: 'failed' },
    finishedAt: job.finishedAt ?? new Date().toISOString(),
    interrupted: true,
    message:
      `Interrupted: the app stopped ${when[job.phase] ?? 'during this import'}. ` +
      'Its uploaded files are gone: import the files again.',
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
