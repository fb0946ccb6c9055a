// `npm run import -- --bulk` on real data: a CoDEx-M slice (two triple files with their label
// files, a repeated row) and a generated acquisitions edge list (hubs, repeated rows, bad rows
// skipped) through neo4j-admin into fresh embedded homes, compared with the normal import of
// the same files into the test database: same entities, facts, properties and their types,
// and the same Import, Source, FactType and revision records. Then the refusals: a database
// that holds data (nothing changes), one in use, NEO4J_URI set, and bad rows (nothing written).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readConfig, type Config } from '../../../server/config';
import { hasStore } from '../../../server/imports/bulk/admin-tool';
import { bulkImport, BulkRefusal } from '../../../server/imports/bulk/bulk-import';
import { importFiles } from '../../../server/imports/import-files';
import { formatImportProblem } from '../../../server/imports/report';
import type { ImportRequest } from '../../../server/imports/types';
import { openDatabase } from '../../../server/neo4j/connect';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { generateAcquisitions } from '../../bench/generate-acquisitions';
import { clearDatabase, testGateway } from '../../support/database';
import { graphSnapshot, type GraphSnapshot } from '../../support/graph-snapshot';

const CODEX = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'codex-m');
const present = existsSync(join(CODEX, 'train.txt'));
if (!present) console.warn(`Skipping the CoDEx-M bulk import tests: ${CODEX} is absent`);
const dir = mkdtempSync(join(tmpdir(), 'brand-graph-bulk-test-'));
let gateway: Neo4jGateway;

/** The app's settings for an embedded home of its own (free Bolt port, the tests' budget). */
function homeConfig(home: string): Config {
  return readConfig({
    NEO4J_EMBEDDED_DATA: home,
    NEO4J_EMBEDDED_BOLT_PORT: '0',
    NEO4J_READY_TIMEOUT_MS: process.env.NEO4J_READY_TIMEOUT_MS,
  });
}

const lines = (path: string, from: number, to: number): string[] =>
  readFileSync(path, 'utf8').split('\n').slice(from, to);

function codexRequest(): ImportRequest {
  const train = lines(join(CODEX, 'train.txt'), 0, 1500);
  const valid = lines(join(CODEX, 'valid.txt'), 0, 400);
  // A repeated row: one fact, as the normal import writes it.
  writeFileSync(join(dir, 'train-slice.txt'), `${[...train, train[3]].join('\n')}\n`);
  writeFileSync(join(dir, 'valid-slice.txt'), `${valid.join('\n')}\n`);
  return {
    format: 'triples',
    triples: [join(dir, 'train-slice.txt'), join(dir, 'valid-slice.txt')],
    relations: join(CODEX, 'relations.json'),
    entityTypes: join(CODEX, 'entity2types.json'),
    typeNames: join(CODEX, 'types.en.json'),
  };
}

function acquisitionsRequest(): ImportRequest {
  const file = join(dir, 'acquisitions.csv');
  // A self-acquisition (kept, as the normal import keeps it) and a bad row (a date that is
  // none), skipped with --skip-bad.
  const bad = [
    '/organization/selfie,Selfie,web,USA,/organization/selfie,Selfie,web,USA,2001-01-01,,',
    '/organization/a1,A1,web,USA,/organization/b1,B1,web,USA,soon,,',
  ];
  writeFileSync(
    file,
    `${generateAcquisitions({ rows: 1500, hubs: 40, seed: 21 })}${bad.join('\n')}\n`,
  );
  return {
    format: 'edges',
    file,
    source: 'acquirer_permalink',
    target: 'company_permalink',
    type: 'acquired',
    date: 'acquired_at',
  };
}

/** The normal import of `request` into the (cleared) test database, and what it holds. */
async function normalImport(
  request: ImportRequest,
  options: { dataset: string; skipBad: boolean },
) {
  await clearDatabase(gateway);
  const result = await importFiles(gateway, request, { ...options, batchSize: 500 });
  expect(result.problems.filter(() => !options.skipBad)).toEqual([]);
  expect(result.ok).toBe(true);
  const types = (await gateway.read('MATCH ()-[r]->() RETURN collect(DISTINCT type(r)) AS t'))[0]
    ?.t as string[];
  return { result, types, snapshot: await graphSnapshot(gateway, types) };
}

/** Opens the embedded database in `home` and reads it. */
async function readHome(home: string, types: readonly string[]): Promise<GraphSnapshot> {
  const db = await openDatabase(homeConfig(home), () => undefined);
  try {
    return await graphSnapshot(db.gateway, types);
  } finally {
    await db.close();
  }
}

function expectSameGraph(bulk: GraphSnapshot, normal: GraphSnapshot): void {
  expect(bulk.entities.length).toBe(normal.entities.length);
  expect(bulk.entities).toEqual(normal.entities);
  expect(bulk.facts.length).toBe(normal.facts.length);
  expect(bulk.facts).toEqual(normal.facts);
  expect(bulk.imports).toEqual(normal.imports);
  expect(bulk.sources).toEqual(normal.sources);
  expect(bulk.factTypes).toEqual(normal.factTypes);
  expect(bulk.revisions).toEqual(normal.revisions);
}

beforeAll(() => {
  gateway = testGateway();
});
afterAll(async () => {
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(present)('bulk import of a CoDEx-M slice', () => {
  const home = join(dir, 'codex-home');
  let normal: Awaited<ReturnType<typeof normalImport>>;

  it('writes the graph and records the normal import writes, refuses once it holds data', async () => {
    const request = codexRequest();
    const options = { dataset: 'CoDEx-M (Wikidata)', skipBad: false };
    normal = await normalImport(request, options);
    const result = await bulkImport(homeConfig(home), request, options);
    expect(result.ok).toBe(true);
    expect(result.message).toBe(normal.result.message);
    expect([result.entities, result.facts]).toEqual([normal.result.entities, normal.result.facts]);

    // A second bulk import finds data: refused before anything is written.
    const again = bulkImport(homeConfig(home), request, options);
    await expect(again).rejects.toThrow(BulkRefusal);
    await expect(again).rejects.toThrow(/only imports into an empty database.* holds [\d,]+ nodes/);

    const db = await openDatabase(homeConfig(home), () => undefined);
    try {
      const bulk = await graphSnapshot(db.gateway, normal.types);
      expectSameGraph(bulk, normal.snapshot);
      expect(bulk.facts.length).toBe(1900); // 1,501 rows with one repeated, 400 more
      // While Neo4j holds the store, a bulk import says it is in use.
      await expect(bulkImport(homeConfig(home), request, options)).rejects.toThrow(
        /is in use \(is the app running on it\?\)/,
      );
    } finally {
      await db.close();
    }
  });
});

describe('bulk import of an edge list', () => {
  it('writes the same graph as the normal import into an empty store (repeats once, bad rows skipped)', async () => {
    const home = join(dir, 'edges-home');
    const request = acquisitionsRequest();
    const options = { dataset: 'Generated acquisitions', skipBad: true };
    const normal = await normalImport(request, options);
    // A store Neo4j made and nothing wrote to: empty, so the tool replaces it.
    await (await openDatabase(homeConfig(home), () => undefined)).close();
    expect(hasStore(home)).toBe(true);
    const result = await bulkImport(homeConfig(home), request, options);
    expect(result.ok).toBe(true);
    expect(result.skipped).toBe(normal.result.skipped);
    expect(result.skipped).toBe(1);
    expect(result.message).toBe(normal.result.message);
    const bulk = await readHome(home, normal.types);
    expectSameGraph(bulk, normal.snapshot);
    // The generator repeats one row in 100: each repeat is the same one fact.
    expect(bulk.facts.length).toBeLessThan(result.facts);
  });
});

describe('bulk import refusals', () => {
  it('refuses bad rows as the normal import does, and writes nothing', async () => {
    const home = join(dir, 'bad-home');
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'from,to,since\nacme,beta,2020-01-01\nacme,,2021-02-03\n');
    const request: ImportRequest = {
      format: 'edges',
      file,
      source: 'from',
      target: 'to',
      type: 'partner of',
      date: 'since',
    };
    const result = await bulkImport(homeConfig(home), request);
    await clearDatabase(gateway);
    const normal = await importFiles(gateway, request);
    expect(result.ok).toBe(false);
    expect(result.message).toBe(normal.message);
    expect(result.problems.map(formatImportProblem)).toEqual(
      normal.problems.map(formatImportProblem),
    );
    expect(result.problems.length).toBeGreaterThan(0);
    expect(hasStore(home)).toBe(false);
    expect(existsSync(home)).toBe(false);
  });

  it('refuses with NEO4J_URI set, in one line, from the command line', () => {
    const file = join(dir, 'one.csv');
    writeFileSync(file, 'from,to\nacme,beta\n');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/imports/cli.ts',
        '--bulk',
        'edges',
        '--source',
        'from',
        '--target',
        'to',
        '--type',
        'partner of',
        file,
      ],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          NEO4J_URI: 'bolt://127.0.0.1:1',
          NEO4J_USERNAME: 'neo4j',
          NEO4J_PASSWORD: 'unused-password',
        },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'Cannot import with --bulk: --bulk writes the embedded database offline, but NEO4J_URI is set (an external Neo4j): run without --bulk.',
    );
    expect(run.stdout).toBe('');
  });
});
