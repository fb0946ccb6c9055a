// An interrupted import is known, not guessed: the importer is killed mid-write (a real
// SIGKILL once its progress says batches are written); the record says it did not finish, and
// a re-run says it completes it and ends with the right counts.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../server/config';
import { unfinishedImports } from '../../../server/imports/import-record';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { clearDatabase, counts, testDatabaseEnv, testGateway } from '../../support/database';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-interrupted-'));
let gateway: Neo4jGateway;
const ROWS = 40000;
const file = join(dir, 'owners.csv');

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
  const lines = ['owner,brand'];
  for (let i = 0; i < ROWS; i += 1) lines.push(`owner-${i % 997},brand-${i}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
});
afterAll(async () => {
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

const ARGS = ['edges', '--source', 'owner', '--target', 'brand', '--type', 'OWNS'];

/** Runs the importer; `killWhen` (tested on its stderr) makes the test SIGKILL it there. */
function importer(
  extra: readonly string[],
  killWhen?: RegExp,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'server', 'imports', 'cli.ts'), ...ARGS, ...extra, file],
    { cwd: PROJECT_ROOT, env: { ...process.env, ...testDatabaseEnv() } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    if (killWhen?.test(stderr) && child.exitCode === null) child.kill('SIGKILL');
  });
  return new Promise((done) =>
    child.once('close', (code, signal) => done({ code, signal, stdout, stderr })),
  );
}

describe('an import killed midway', () => {
  it('is recorded as not finished, and a re-run says it completes it', async () => {
    // Killed once its progress says a few batches were written (and the record saw them).
    const killed = await importer(
      ['--batch-size', '500'],
      /writing: [\d,]+ rows.*, [1-9][\d,]{3,} written\n(.|\n)*writing: /,
    );
    expect(killed.signal).toBe('SIGKILL');
    const [unfinished, ...more] = await unfinishedImports(gateway);
    expect(more).toEqual([]);
    expect(unfinished).toMatchObject({ dataset: 'edge list import', format: 'edges' });
    const [label = ''] = unfinished?.files ?? [];
    expect(label).toMatch(/owners\.csv$/);
    const partial = await counts(gateway);
    expect(partial.facts).toBeLessThan(ROWS);

    const rerun = await importer([]);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(
      `Completing: The import ${unfinished?.id} of ${label} (dataset "edge list import", edges) did not finish: started ${unfinished?.startedAt}`,
    );
    expect(rerun.stdout).toMatch(
      new RegExp(
        `^Completed an import that had not finished\\. Imported ${ROWS + 997} entities and ${ROWS} facts from 1 file`,
      ),
    );
    expect(await counts(gateway)).toMatchObject({ entities: ROWS + 997, facts: ROWS });
    expect(await unfinishedImports(gateway)).toEqual([]);
    const records = await gateway.read(
      'MATCH (i:Import) RETURN i.id AS id, i.status AS status, i.completedBy AS by ORDER BY i.startedAt',
    );
    expect(records).toEqual([
      { id: unfinished?.id, status: 'completed', by: records[1]?.id },
      { id: records[1]?.id, status: 'finished', by: null },
    ]);
  });

  it('can be undone: its facts, and the entities only it wrote, are removed', async () => {
    const [finished] = await gateway.read(
      "MATCH (i:Import {status: 'finished'}) RETURN i.id AS id",
    );
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(PROJECT_ROOT, 'server', 'imports', 'cli.ts'),
        'undo',
        finished?.id as string,
      ],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...testDatabaseEnv() }, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `Undid import ${finished?.id as string}: removed ${ROWS} facts and ${ROWS + 997} entities that only it wrote.`,
    );
    expect(await counts(gateway)).toEqual({ entities: 0, sources: 0, facts: 0 });
  });
});
