// FollowTheMoney import on the real embedded Neo4j: OCCRP's donations sample through the CLI,
// read back through the services, imported twice, refused when bad, and with bad rows skipped.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../server/config';
import { readEntity } from '../../../server/graph/entity';
import { readTimeline } from '../../../server/graph/timeline';
import { importFiles } from '../../../server/imports/import-files';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { checksum, clearDatabase, counts, testGateway } from '../../support/database';
import { runImporter } from '../../support/run-cli';
import { storedFactTypes } from '../../support/fact-types';

const SAMPLE = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'ftm-donations', 'donations.ijson');
const present = existsSync(SAMPLE);
if (!present) console.warn(`Skipping the FtM sample tests: ${SAMPLE} is absent`);
const dir = mkdtempSync(join(tmpdir(), 'brand-graph-ftm-'));
let gateway: Neo4jGateway;

// Known rows of the sample: MLPD (an Organization) and a payment to it.
const MLPD = '6d03aec76fdeec8f9697d8b19954ab6fc2568bc8';
const PAYER = 'f9c295f21b233ac878fbac4d271bb6fd13d7952a';

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
});
afterAll(() => gateway.close());

function write(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe.runIf(present)('importing the FtM donations sample', () => {
  it('imports through the CLI with progress: things as entities, payments as dated facts', async () => {
    const run = runImporter(['ftm', '--dataset', 'OCCRP donations sample', SAMPLE]);
    expect(run.stderr).toMatch(/validating: [\d,]+ rows, [\d.]+ of [\d.]+ MB/);
    expect(run.stderr).toMatch(
      /writing: [\d,]+ rows, [\d.]+ of [\d.]+ MB \(100%\), [\d,]+ written/,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported 184 entities and 393 facts from 1 file');
    // 184 things plus one dataset source; 290 payments and 103 addresses.
    expect(await counts(gateway)).toEqual({ entities: 184, sources: 1, facts: 393 });
    const byType = await gateway.read(
      'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
    );
    expect(byType).toEqual([
      { type: 'HAS_ADDRESS', n: 103 },
      { type: 'PAID', n: 290 },
    ]);
  });

  it('keeps kinds, source types and names; facts read back with dates, amounts and source', async () => {
    const details = await readEntity(gateway, MLPD, await storedFactTypes(gateway));
    expect(details.entity).toMatchObject({ id: MLPD, kind: 'Organization', name: 'MLPD' });
    const paid = details.facts.find(
      (f) => f.fact.attributes.type === 'PAID' && f.other.id === PAYER,
    );
    expect(paid?.fact.attributes.time.at).toEqual({ date: '2011-12-29', precision: 'day' });
    expect(paid?.fact.attributes.attributes).toMatchObject({
      amountEur: 100000,
      ftmSchema: 'Payment',
    });
    expect(paid?.sentence).toContain('paid MLPD');
    const [source] = Object.values(details.sources);
    expect(source).toMatchObject({ kind: 'dataset', publisher: 'OCCRP donations sample' });
    expect(source?.title).toMatch(/donations\.ijson$/);
    const [row] = await gateway.read(
      'MATCH (e:Entity {id: $id}) RETURN e.sourceType AS sourceType, e.file AS file, labels(e) AS labels',
      { id: PAYER },
    );
    expect(row).toMatchObject({
      sourceType: 'Person',
      labels: expect.arrayContaining(['Entity', 'Person']) as unknown,
    });
    expect(row?.file).toMatch(/donations\.ijson$/);
    const types = await gateway.read(
      "MATCH (t:FactType {name: 'PAID'}) RETURN t.label AS label, t.verb AS verb, t.shape AS shape, t.source AS source",
    );
    expect(types).toEqual([
      { label: 'paid', verb: 'paid', shape: 'event', source: 'OCCRP donations sample' },
    ]);
  });

  it('puts the payments on the timeline', async () => {
    const timeline = await readTimeline(gateway, { entity: MLPD }, await storedFactTypes(gateway));
    expect(timeline.events.length).toBeGreaterThanOrEqual(5);
    expect(timeline.events.some((e) => e.when === '29 December 2011')).toBe(true);
  });

  it('imported twice, leaves the same counts and content', async () => {
    const before = { counts: await counts(gateway), sum: await checksum(gateway) };
    const run = runImporter(['ftm', '--dataset', 'OCCRP donations sample', SAMPLE]);
    expect(run.code).toBe(0);
    expect(await counts(gateway)).toEqual(before.counts);
    expect(await checksum(gateway)).toBe(before.sum);
  });

  it('refuses a bad file, naming file, line, column and field, and writes nothing', async () => {
    const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n').slice(0, 40);
    lines[3] = lines[3]?.replace('"2011-12-29"', '"29.12.2011"') ?? '';
    lines[10] = '{"id": "broken", "schema": "Person", ';
    lines.push(
      '{"id": "p-x", "schema": "Payment", "properties": {"payer": ["nobody"], "beneficiary": ["6d03aec76fdeec8f9697d8b19954ab6fc2568bc8"]}}',
    );
    const bad = write('bad.ijson', lines);
    const before = { counts: await counts(gateway), sum: await checksum(gateway) };
    const result = await importFiles(
      gateway,
      { format: 'ftm', entities: [bad] },
      { fileLabel: () => 'bad.ijson' },
    );
    expect(result.ok).toBe(false);
    expect(result.message).toContain('nothing was written');
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'bad.ijson',
        line: 4,
        field: 'properties.date[0]',
        column: lines[3].indexOf('"date"') + 1,
      }),
      { file: 'bad.ijson', line: 11, column: 38, field: 'line', message: 'is not valid JSON' },
      expect.objectContaining({
        file: 'bad.ijson',
        line: 41,
        field: 'properties.payer[0]',
        message: expect.stringContaining('"nobody"') as string,
      }),
    ]);
    expect(await counts(gateway)).toEqual(before.counts);
    expect(await checksum(gateway)).toBe(before.sum);
  });

  it('with --skip-bad writes the good rows and reports the bad ones', async () => {
    await clearDatabase(gateway);
    const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
    const payment = lines.findIndex((l) => l.includes('"schema": "Payment"'));
    lines[payment] = lines[payment]?.replace(/"date": \["[^"]+"\]/, '"date": ["someday"]') ?? '';
    const bad = write('some-bad.ijson', lines);
    const report = join(dir, 'import.report');
    const run = runImporter(['ftm', '--skip-bad', '--report', report, bad]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Imported 184 entities and 392 facts from 1 file; 1 bad row skipped',
    );
    expect(await counts(gateway)).toMatchObject({ entities: 184, facts: 392 });
    const text = readFileSync(report, 'utf8');
    expect(text).toMatch(
      new RegExp(
        `some-bad\\.ijson:${payment + 1}:\\d+ properties\\.date\\[0\\]: "someday" is not a date`,
      ),
    );
  });
});
