import { describe, expect, it } from 'vitest';
import { ImportJobs, type ImportOutcome, type ImportRunner } from '../../../../server/imports/jobs';

interface Spec {
  readonly format: string;
  readonly files: string[];
  readonly outcome: ImportOutcome | Error;
}

const ok: ImportOutcome = {
  ok: true,
  entities: 3,
  facts: 2,
  skipped: 0,
  problems: [],
  message: 'Imported',
};

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ImportJobs', () => {
  it('runs one job at a time, in order, and keeps each one’s progress and outcome', async () => {
    const order: string[] = [];
    const gate = deferred();
    const runner: ImportRunner<Spec> = async (spec, report) => {
      order.push(`start ${spec.files[0] ?? ''}`);
      report({ phase: 'validating', rows: 10, bytes: 50, totalBytes: 100 });
      if (spec.files[0] === 'a.csv') await gate.promise;
      report({ phase: 'writing', written: 5 });
      order.push(`end ${spec.files[0] ?? ''}`);
      if (spec.outcome instanceof Error) throw spec.outcome;
      return spec.outcome;
    };
    const cleaned: string[] = [];
    const jobs = new ImportJobs<Spec>(runner, 20, (spec) => {
      cleaned.push(spec.files[0] ?? '');
      return Promise.resolve();
    });
    const a = jobs.start({ format: 'csv', files: ['a.csv'], outcome: ok });
    const b = jobs.start({
      format: 'csv',
      files: ['b.csv'],
      outcome: { ...ok, ok: false, problems: [{ file: 'b.csv', line: 3, message: 'bad' }] },
    });
    expect(a.phase).toBe('queued');
    await new Promise((r) => setTimeout(r, 10));
    expect(jobs.get(a.id)?.progress).toMatchObject({ phase: 'validating', rows: 10, bytes: 50 });
    expect(jobs.get(b.id)?.phase).toBe('queued');
    gate.resolve();
    await jobs.idle();
    expect(order).toEqual(['start a.csv', 'end a.csv', 'start b.csv', 'end b.csv']);
    expect(jobs.get(a.id)).toMatchObject({
      phase: 'done',
      summary: { entities: 3, facts: 2, skipped: 0 },
      progress: { phase: 'done', written: 5 },
    });
    expect(jobs.get(b.id)).toMatchObject({
      phase: 'failed',
      problems: [{ file: 'b.csv', line: 3, message: 'bad' }],
      problemCount: 1,
    });
    expect(jobs.get(b.id)?.summary).toBeUndefined();
    expect(cleaned).toEqual(['a.csv', 'b.csv']);
  });

  it('marks a job failed with the error message when the runner throws, and goes on', async () => {
    const jobs = new ImportJobs<Spec>((spec) =>
      spec.outcome instanceof Error ? Promise.reject(spec.outcome) : Promise.resolve(spec.outcome),
    );
    const bad = jobs.start({ format: 'ftm', files: ['x'], outcome: new Error('Neo4j went away') });
    const good = jobs.start({ format: 'ftm', files: ['y'], outcome: ok });
    await jobs.idle();
    expect(jobs.get(bad.id)).toMatchObject({ phase: 'failed', message: 'Neo4j went away' });
    expect(jobs.get(good.id)?.phase).toBe('done');
  });

  it('keeps at most 100 problems, and forgets old finished jobs', async () => {
    const problems = Array.from({ length: 250 }, (_, i) => ({
      file: 'f',
      line: i + 1,
      message: 'x',
    }));
    const jobs = new ImportJobs<Spec>((spec) => Promise.resolve(spec.outcome as ImportOutcome), 2);
    const first = jobs.start({
      format: 'csv',
      files: ['1'],
      outcome: { ...ok, ok: false, problems },
    });
    await jobs.idle();
    expect(jobs.get(first.id)?.problems).toHaveLength(100);
    expect(jobs.get(first.id)?.problemCount).toBe(250);
    for (const n of ['2', '3', '4']) {
      jobs.start({ format: 'csv', files: [n], outcome: ok });
      await jobs.idle();
    }
    expect(jobs.get(first.id)).toBeUndefined();
    expect(jobs.list().map((j) => j.files[0])).toEqual(['4', '3', '2']);
  });
});
