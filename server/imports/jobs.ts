// Import jobs started from the app: one runs at a time, the others wait; progress is kept for
// polling. The work itself (validate, then write) is a runner handed in by the caller.
import { randomUUID } from 'node:crypto';
import type { ImportJob, ImportPhase, ImportProblem, ImportProgress } from '../domain/api';

/** What a runner reports while it works: the phase and counters so far. */
export type ProgressReport = Partial<ImportProgress> & { readonly phase: ImportPhase };

/** What a runner returns: counts written, or the problems that stopped it. */
export interface ImportOutcome {
  readonly ok: boolean;
  readonly entities: number;
  readonly facts: number;
  readonly skipped: number;
  /** Entities already known from other files, by file: merged, not overwritten. */
  readonly merged?: readonly { readonly file: string; readonly entities: number }[];
  readonly problems: readonly ImportProblem[];
  readonly message: string;
}

/** Runs one job; `jobId` names the job (and the import's record in the database). */
export type ImportRunner<Spec> = (
  spec: Spec,
  report: (progress: ProgressReport) => void,
  jobId: string,
) => Promise<ImportOutcome>;

/** Problems kept per job: enough to fix a file, bounded whatever the file holds. */
const MAX_PROBLEMS = 100;

/**
 * Import jobs of this process: queued one at a time, progress kept for polling, the last few
 * remembered.
 */
export class ImportJobs<Spec extends { readonly format: string; readonly files: string[] }> {
  private readonly jobs = new Map<string, ImportJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly runner: ImportRunner<Spec>,
    /** Finished jobs remembered for polling; older ones are forgotten. */
    private readonly keep = 20,
    /** Called when a job ends, whatever the outcome (e.g. to delete its uploaded files). */
    private readonly cleanUp: (spec: Spec, id: string) => Promise<void> = () => Promise.resolve(),
    /**
     * Called with a job's state when it is queued, changes phase and ends (e.g. to keep it on
     * disk, so that a restart of the app still answers for it); failures are ignored.
     */
    private readonly persist: (job: ImportJob) => Promise<void> = () => Promise.resolve(),
  ) {}

  /**
   * Queues a job and returns its first state; it runs after the jobs before it. `id` names
   * it (its upload folder may already carry the id); a new UUID when not given.
   */
  start(spec: Spec, id: string = randomUUID()): ImportJob {
    const job: ImportJob = {
      id,
      format: spec.format,
      files: spec.files,
      phase: 'queued',
      progress: { phase: 'queued', rows: 0, bytes: 0, totalBytes: 0, written: 0 },
      createdAt: new Date().toISOString(),
      problems: [],
    };
    this.jobs.set(job.id, job);
    this.save(job.id);
    this.forgetOld();
    this.queue = this.queue.then(() => this.run(job.id, spec));
    return job;
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  list(): ImportJob[] {
    return [...this.jobs.values()].reverse();
  }

  /** Ids of the jobs queued or running in this process. */
  active(): Set<string> {
    return new Set(
      [...this.jobs.values()].filter((j) => j.finishedAt === undefined).map((j) => j.id),
    );
  }

  /** Resolves when every queued job has ended (tests and shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private update(id: string, change: Partial<ImportJob>): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.set(id, { ...job, ...change });
    if (change.phase !== undefined && change.phase !== job.phase) this.save(id);
  }

  private save(id: string): void {
    const job = this.jobs.get(id);
    if (job) void this.persist(job).catch(() => undefined);
  }

  private async run(id: string, spec: Spec): Promise<void> {
    const report = (p: ProgressReport): void => {
      const job = this.jobs.get(id);
      if (!job) return;
      this.update(id, { phase: p.phase, progress: { ...job.progress, ...p } });
    };
    let end: Partial<ImportJob> & { phase: ImportPhase };
    try {
      report({ phase: 'validating' });
      const outcome = await this.runner(spec, report, id);
      end = {
        phase: outcome.ok ? 'done' : 'failed',
        problems: outcome.problems.slice(0, MAX_PROBLEMS),
        problemCount: outcome.problems.length,
        message: outcome.message,
        ...(outcome.ok
          ? {
              summary: {
                entities: outcome.entities,
                facts: outcome.facts,
                skipped: outcome.skipped,
                merged: outcome.merged ?? [],
              },
            }
          : {}),
      };
    } catch (error) {
      end = { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    // The uploaded files go before the job reads as ended: an ended job has none left.
    await this.cleanUp(spec, id).catch(() => undefined);
    const job = this.jobs.get(id);
    if (!job) return;
    const ended: ImportJob = {
      ...job,
      ...end,
      finishedAt: new Date().toISOString(),
      progress: { ...job.progress, phase: end.phase },
    };
    // Kept (on disk) before it reads as ended, so a poller never sees an end that is not kept.
    await this.persist(ended).catch(() => undefined);
    this.jobs.set(id, ended);
  }

  private forgetOld(): void {
    const ended = [...this.jobs.values()].filter((j) => j.finishedAt !== undefined);
    for (const job of ended.slice(0, Math.max(0, ended.length - this.keep))) {
      this.jobs.delete(job.id);
    }
  }
}
