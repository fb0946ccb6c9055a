// Imports from the app against the real database: off without an editor token; with one, only
// requests carrying it may upload; a bad file is refused with its line and nothing written; a
// good one is imported with progress and can be searched.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import type {
  EntityDetails,
  ImportJob,
  ImportRecordSummary,
  ImportUndone,
  SearchHit,
} from '../../server/domain/api';
import { appImports } from '../../server/imports/app-runner';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { checksum, counts, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

/** The app's fact types, shared by its routes and its import runner. */
const factTypes = new FactTypeRegistry();
/** The fact types of the app without imports: an app of its own, with a registry of its own. */
const offTypes = new FactTypeRegistry();

const TOKEN = 'editor-token-for-tests-0123456789';
const FTM = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'ftm-donations', 'donations.ijson');
const ftmPresent = existsSync(FTM);
if (!ftmPresent) console.warn(`Skipping the FtM import test: ${FTM} is absent`);

let gateway: Neo4jGateway;
let on: RunningApp;
let off: RunningApp;
/** The app's folder for import jobs and their uploads. */
const jobsDir = mkdtempSync(join(tmpdir(), 'brand-graph-jobs-'));

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  on = await serveApp({
    gateway,
    factTypes,
    imports: appImports(
      gateway,
      {
        editorToken: TOKEN,
        maxFileBytes: 2_000_000,
        maxFiles: 5,
        jobsDir,
      },
      factTypes,
    ),
  });
  off = await serveApp({ gateway, factTypes: offTypes });
});

afterAll(async () => {
  await on.close();
  await off.close();
  await loadBundledData(gateway);
  await gateway.close();
  rmSync(jobsDir, { recursive: true, force: true });
});

function form(format: string, files: Record<string, [string, string]>, fields = {}): FormData {
  const body = new FormData();
  body.set('format', format);
  for (const [name, value] of Object.entries(fields)) body.set(name, String(value));
  for (const [field, [name, text]] of Object.entries(files)) {
    body.append(field, new Blob([text]), name);
  }
  return body;
}

function post(app: RunningApp, body: FormData, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${app.url}/api/imports`, {
    method: 'POST',
    body,
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
}

async function finished(app: RunningApp, job: ImportJob): Promise<ImportJob> {
  // Polls the job's own answers until it ends; the test timeout is the only budget.
  for (;;) {
    const response = await fetch(`${app.url}/api/imports/${job.id}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const current = (await response.json()) as ImportJob;
    if (current.phase === 'done' || current.phase === 'failed') return current;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const triples = (lines: string[]): Record<string, [string, string]> => ({
  triples: ['small.tsv', `${lines.join('\n')}\n`],
});

describe('imports without an editor token', () => {
  it('say they are off and refuse uploads with 403', async () => {
    expect(await off.getJson('/api/imports')).toEqual({ enabled: false, formats: [] });
    const response = await post(off, form('triples', triples(['Q1\tP1\tQ2'])));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('imports with an editor token', () => {
  it('are listed with their formats', async () => {
    expect(await on.getJson('/api/imports')).toEqual({
      enabled: true,
      formats: ['csv', 'edges', 'triples', 'ftm', 'bods'],
    });
  });

  it('refuse requests without the token or with a wrong one (401), writing nothing', async () => {
    const before = await checksum(gateway);
    const without = await post(on, form('triples', triples(['Q1\tP1\tQ2'])), null);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await post(on, form('triples', triples(['Q1\tP1\tQ2'])), 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(await checksum(gateway)).toBe(before);
  });

  it('name the missing file or option of an incomplete form (400)', async () => {
    const response = await post(on, form('edges', {}, { source: 'from' }));
    expect(response.status).toBe(400);
    const problem = JSON.stringify(await response.json());
    expect(problem).toContain('files.edges');
    expect(problem).toContain('target');
  });

  it('refuse a bad file with its name and line, and write nothing', async () => {
    const before = await checksum(gateway);
    const response = await post(on, form('triples', triples(['Q1\tP1\tQ2', 'Q3\tP1'])));
    expect(response.status).toBe(202);
    const job = await finished(on, (await response.json()) as ImportJob);
    expect(job.phase).toBe('failed');
    expect(job.problems[0]).toMatchObject({ file: 'small.tsv', line: 2 });
    expect(await checksum(gateway)).toBe(before);
    // The job is kept in the app's jobs folder; its uploaded file is gone once it ended.
    expect(readdirSync(join(jobsDir, job.id))).toEqual(['job.json']);
  });

  it("teach the importing app's registry the fact types they register, not another app's", async () => {
    expect(factTypes.known().map((t) => t.name)).not.toContain('P749');
    const lines = ['Q911\tP749\tQ912'];
    const response = await post(
      on,
      form('triples', { triples: ['parents.tsv', lines.join('\n')] }),
    );
    const job = await finished(on, (await response.json()) as ImportJob);
    expect(job.phase, job.message).toBe('done');
    // Known to this app as registered in the database, before any /api/schema refresh.
    const [stored] = await gateway.read(
      "MATCH (t:FactType {name: 'P749'}) RETURN t.label AS label, t.verb AS verb, t.shape AS shape",
    );
    expect(typeof stored?.verb).toBe('string');
    const verb = stored?.verb as string;
    expect(factTypes.known().find((t) => t.name === 'P749')).toEqual({ name: 'P749', ...stored });
    expect(factTypes.lookup('P749')).toEqual(stored);
    // The other app, with its own registry, has not learned it.
    expect(offTypes.known().map((t) => t.name)).not.toContain('P749');
    // The importing app's sentences use the registered verb.
    const details = await on.getJson<EntityDetails>('/api/entities/Q911');
    expect(details.facts[0]?.sentence).toContain(` ${verb} `);
    const undone = await fetch(`${on.url}/api/imports/${job.id}/undo`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(undone.status).toBe(200);
  });

  it('refuse a file over the size limit with 413', async () => {
    const big = 'Q1\tP1\tQ2\n'.repeat(300_000);
    const response = await post(on, form('triples', { triples: ['big.tsv', big] }));
    expect(response.status).toBe(413);
  });

  it.runIf(ftmPresent)(
    'import a FollowTheMoney file with progress; its entities can then be searched',
    async () => {
      const before = await counts(gateway);
      const text = readFileSync(FTM, 'utf8');
      const response = await post(on, form('ftm', { entities: ['donations.ijson', text] }));
      expect(response.status).toBe(202);
      const job = await finished(on, (await response.json()) as ImportJob);
      expect(job.phase, job.message).toBe('done');
      expect(job.progress.bytes).toBeGreaterThan(0);
      expect(job.summary?.entities).toBeGreaterThan(100);
      const after = await counts(gateway);
      expect(after.entities).toBeGreaterThan(before.entities);
      expect(after.facts).toBeGreaterThan(before.facts);
      const first = JSON.parse(text.split('\n')[0] ?? '{}') as { properties?: { name?: string[] } };
      const name = first.properties?.name?.[0] ?? '';
      const hits = await on.getJson<{ results: SearchHit[] }>(
        `/api/search?q=${encodeURIComponent(name)}`,
      );
      expect(hits.results.map((h) => h.name)).toContain(name);
    },
  );
});

describe('recorded imports', () => {
  const undo = (id: string, token: string | null = TOKEN): Promise<Response> =>
    fetch(`${on.url}/api/imports/${id}/undo`, {
      method: 'POST',
      headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    });

  it('are listed newest first, and one is undone with the editor token', async () => {
    // Entities, sources and facts as before (the fact type it registered stays registered).
    const before = await counts(gateway);
    const lines = ['Q901\tP127\tQ902', 'Q903\tP127\tQ902'];
    const response = await post(on, form('triples', { triples: ['owners.tsv', lines.join('\n')] }));
    const job = await finished(on, (await response.json()) as ImportJob);
    expect(job.phase, job.message).toBe('done');
    expect(readdirSync(join(jobsDir, job.id))).toEqual(['job.json']);

    const listed = await off.getJson<{ imports: ImportRecordSummary[] }>('/api/import-records');
    expect(listed.imports[0]).toMatchObject({
      id: job.id,
      format: 'triples',
      files: ['owners.tsv'],
      status: 'finished',
      rowsWritten: 2,
      completedBy: null,
    });
    expect(listed.imports[0]?.sourceIds).toHaveLength(1);

    expect((await undo(job.id, null)).status).toBe(401);
    expect((await undo(job.id, 'not-the-token')).status).toBe(401);
    const offUndo = await fetch(`${off.url}/api/imports/${job.id}/undo`, { method: 'POST' });
    expect(offUndo.status).toBe(403);
    const undone = await undo(job.id);
    expect(undone.status).toBe(200);
    expect((await undone.json()) as ImportUndone).toEqual({ id: job.id, facts: 2, entities: 3 });
    expect(await counts(gateway)).toEqual(before);
    const after = await on.getJson<{ imports: ImportRecordSummary[] }>('/api/import-records');
    expect(after.imports.find((r) => r.id === job.id)?.status).toBe('undone');
  });

  it('answer 404 for an import that is not recorded', async () => {
    const response = await undo('00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
