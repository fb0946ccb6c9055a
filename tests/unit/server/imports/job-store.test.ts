import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportJob, ImportPhase } from '../../../../server/domain/api';
import { ImportJobStore } from '../../../../server/imports/job-store';
import { ImportJobs, type ImportOutcome } from '../../../../server/imports/jobs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brand-graph-job-store-'));
  dirs.push(dir);
  return dir;
}

const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
] as const;

function job(id: string, phase: ImportPhase, createdAt: string): ImportJob {
  return {
    id,
    format: 'edges',
    files: ['owners.csv'],
    phase,
    progress: { phase, rows: 10, bytes: 100, totalBytes: 400, written: 0 },
    createdAt,
    problems: [],
  };
}

describe('ImportJobStore', () => {
  it('on start marks unended jobs interrupted and removes every upload folder', async () => {
    const dir = folder();
    const store = new ImportJobStore(dir, 2);
    const [writing, queued, done, old] = ids;
    await store.save(job(writing, 'writing', '2026-01-04T00:00:00Z'));
    await store.save(job(queued, 'queued', '2026-01-03T00:00:00Z'));
    await store.save({ ...job(done, 'done', '2026-01-02T00:00:00Z'), finishedAt: 'x' });
    await store.save({ ...job(old, 'failed', '2026-01-01T00:00:00Z'), finishedAt: 'y' });
    for (const id of [writing, queued]) {
      writeFileSync(join(await store.uploadsFolder(id), '0-owners.csv'), 'owner,brand\n');
    }
    // An upload that never became a job (the app died while it arrived).
    const stray = '55555555-5555-4555-8555-555555555555';
    mkdirSync(join(dir, stray, 'uploads'), { recursive: true });
    mkdirSync(join(dir, 'not-a-job'));

    expect(await store.recover()).toEqual({ interrupted: 2, uploadsRemoved: 3 });
    expect(await store.read(writing)).toMatchObject({
      phase: 'failed',
      interrupted: true,
      progress: { phase: 'failed', rows: 10 },
      message: expect.stringMatching(/^Interrupted: the app stopped while it wrote\./) as string,
    });
    expect((await store.read(queued))?.message).toMatch(/stopped before it began/);
    // The newest two jobs are kept; the oldest, the stray upload and its folder are gone.
    expect(readdirSync(dir).sort()).toEqual([writing, queued, 'not-a-job'].sort());
    expect(readdirSync(join(dir, writing))).toEqual(['job.json']);
    expect(await store.read(old)).toBeUndefined();
    expect(await store.read('../etc')).toBeUndefined();
  });

  it("keeps an app job's state through its phases, its uploads gone before it ends", async () => {
    const dir = folder();
    const store = new ImportJobStore(dir);
    const seen: ImportPhase[] = [];
    const outcome: ImportOutcome = {
      ok: true,
      entities: 2,
      facts: 1,
      skipped: 0,
      problems: [],
      message: 'Imported',
    };
    const jobs = new ImportJobs<{ format: string; files: string[] }>(
      (_spec, report) => {
        report({ phase: 'writing', written: 3 });
        return Promise.resolve(outcome);
      },
      20,
      (_spec, id) => store.removeUploads(id),
      async (state) => {
        seen.push(state.phase);
        await store.save(state);
      },
    );
    const id = ids[0];
    writeFileSync(join(await store.uploadsFolder(id), '0-a.csv'), 'a,b\n');
    expect(jobs.start({ format: 'edges', files: ['a.csv'] }, id).id).toBe(id);
    await jobs.idle();
    expect(jobs.get(id)?.phase).toBe('done');
    expect(readdirSync(join(dir, id))).toEqual(['job.json']);
    expect(seen).toEqual(['queued', 'validating', 'writing', 'done']);
    await store.save(jobs.get(id) as ImportJob);
    expect(await store.read(id)).toMatchObject({ phase: 'done', summary: { facts: 1 } });
  });
});
