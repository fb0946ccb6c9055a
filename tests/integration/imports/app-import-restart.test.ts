// The app is killed (SIGKILL) during an import started from its panel's API: after a restart
// the job's URL answers with the job as interrupted and the rows it wrote, the recorded import
// says so, no uploaded file is left, and the partial import can be undone through the API.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportJob, ImportRecordSummary } from '../../../server/domain/api';
import { embeddedJvmsFor, eventually, startApp, type AppProcess } from '../../support/app-process';

const TOKEN = 'editor-token-for-restart-tests-1';
const ROWS = 100000;
const OWNERS = 997;
const home = mkdtempSync(join(tmpdir(), 'brand-graph-app-import-'));
const jobsDir = join(home, 'import-jobs');
const apps: AppProcess[] = [];
/**
 * Two starts of the app, each with its own embedded Neo4j (up to NEO4J_READY_TIMEOUT_MS each),
 * and an import between them: more than the tier's budget for one test on a busy machine.
 */
const BUDGET_MS = 1_500_000;
const t0 = Date.now();
const step = (what: string): void => console.log(`${Date.now() - t0} ms: ${what}`);

afterAll(async () => {
  for (const app of apps) app.child.kill('SIGKILL');
  await Promise.all(apps.map((app) => app.exited));
  await eventually(() => embeddedJvmsFor(home).length === 0, 60000);
  rmSync(home, { recursive: true, force: true });
});

async function explorer(): Promise<{ app: AppProcess; base: string }> {
  const app = startApp({
    NEO4J_EMBEDDED_DATA: home,
    EDITOR_TOKEN: TOKEN,
    RATE_LIMIT_PER_MINUTE: '0',
  });
  apps.push(app);
  const [, port = ''] = await app.waitFor(/Explorer ready: http:\/\/127\.0\.0\.1:(\d+)\//);
  step('app ready');
  return { app, base: `http://127.0.0.1:${port}` };
}

/**
 * Fetches JSON with the editor token. A GET whose kept-alive connection the busy server had
 * just closed (ECONNRESET: undici reuses it) is asked again on a new one; the app still
 * being there is what the next answer shows.
 */
async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const ask = (): Promise<Response> =>
    fetch(url, { ...init, headers: { Authorization: `Bearer ${TOKEN}` } });
  const response = await ask().catch((error: unknown) => {
    if (init.method !== undefined) throw error;
    return ask();
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function record(base: string, id: string): Promise<ImportRecordSummary | undefined> {
  const list = await json<{ imports: ImportRecordSummary[] }>(`${base}/api/import-records`);
  return list.imports.find((r) => r.id === id);
}

type Counts = { entities: number; facts: number };
const counts = async (base: string): Promise<Counts> =>
  (await json<{ counts: Counts }>(`${base}/api/ready`)).counts;

describe('an app killed during an import from its panel', () => {
  it(
    'reports the job interrupted after a restart, leaves no upload, and can undo it',
    async () => {
      const lines = ['owner,brand'];
      for (let i = 0; i < ROWS; i += 1) lines.push(`owner-${i % OWNERS},brand-${i}`);

      const first = await explorer();
      const before = await counts(first.base);
      const body = new FormData();
      for (const [k, v] of Object.entries({ format: 'edges', source: 'owner', target: 'brand' })) {
        body.set(k, v);
      }
      body.set('type', 'OWNS');
      body.append('edges', new Blob([`${lines.join('\n')}\n`]), 'owners.csv');
      const started = await json<ImportJob>(`${first.base}/api/imports`, { method: 'POST', body });
      step('import queued');

      // The upload sits in the job's folder under the app's data folder while the job runs.
      expect(readdirSync(join(jobsDir, started.id, 'uploads'))).toEqual(['0-owners.csv']);
      // Killed once the database's record says batches were written (each poll is an answer).
      let seen = 0;
      while (seen === 0) {
        const job = await json<ImportJob>(`${first.base}/api/imports/${started.id}`);
        expect(job.phase, job.message).not.toMatch(/done|failed/);
        if (job.phase === 'writing')
          seen = (await record(first.base, started.id))?.rowsWritten ?? 0;
        if (seen === 0) await new Promise((r) => setTimeout(r, 100));
      }
      step(`killing the app: ${seen} rows written`);
      first.app.child.kill('SIGKILL');
      await first.app.exited;
      await eventually(() => embeddedJvmsFor(home).length === 0, 120000);
      expect(existsSync(join(jobsDir, started.id, 'uploads'))).toBe(true);

      const second = await explorer();
      expect(second.app.output()).toContain(
        'Import jobs of an earlier run: 1 interrupted, 1 upload folder(s) removed.',
      );
      expect(second.app.output()).toContain(`Note: The import ${started.id} of owners.csv`);
      const job = await json<ImportJob>(`${second.base}/api/imports/${started.id}`);
      expect(job).toMatchObject({ id: started.id, phase: 'failed', interrupted: true });
      expect(job.files).toEqual(['owners.csv']);
      expect(job.message).toMatch(/^Interrupted: the app stopped during this import\./);
      expect(job.progress.written).toBeGreaterThanOrEqual(seen);
      expect(job.progress.written).toBeLessThan(ROWS + ROWS + OWNERS);
      const interrupted = await record(second.base, started.id);
      expect(interrupted).toMatchObject({
        status: 'interrupted',
        dataset: 'edge list import',
        files: ['owners.csv'],
        rowsWritten: job.progress.written,
      });
      // No uploaded file is left.
      expect(readdirSync(join(jobsDir, started.id))).toEqual(['job.json']);
      const partial = await counts(second.base);
      expect(partial.facts).toBeGreaterThan(before.facts);
      expect(partial.facts).toBeLessThan(before.facts + ROWS);

      const undone = await json<{ facts: number; entities: number }>(
        `${second.base}/api/imports/${started.id}/undo`,
        { method: 'POST' },
      );
      expect(undone.facts).toBe(partial.facts - before.facts);
      expect(undone.entities).toBe(partial.entities - before.entities);
      expect(await counts(second.base)).toEqual(before);
      expect((await record(second.base, started.id))?.status).toBe('undone');
    },
    BUDGET_MS,
  );
});
