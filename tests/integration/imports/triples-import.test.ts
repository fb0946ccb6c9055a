// Triples import on the real embedded Neo4j: a CoDEx-M subset with its label files through
// the library (progress through the callback), found by Wikidata id, imported twice, refused
// when bad, and with bad lines skipped.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../server/config';
import { readEntity } from '../../../server/graph/entity';
import { searchEntities } from '../../../server/graph/search';
import { importFiles } from '../../../server/imports/import-files';
import type { ImportProgressReport, TriplesRequest } from '../../../server/imports/types';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { checksum, clearDatabase, counts, testGateway } from '../../support/database';
import { storedFactTypes } from '../../support/fact-types';

const CODEX = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'codex-m');
const present = existsSync(join(CODEX, 'train.txt'));
if (!present) console.warn(`Skipping the CoDEx-M tests: ${CODEX} is absent`);
const dir = mkdtempSync(join(tmpdir(), 'brand-graph-triples-'));
const SUBSET = 5000;
let gateway: Neo4jGateway;
let subset: string;
let subsetLines: string[];

function request(triples: string[]): TriplesRequest {
  return {
    format: 'triples',
    triples,
    relations: join(CODEX, 'relations.json'),
    entityTypes: join(CODEX, 'entity2types.json'),
    typeNames: join(CODEX, 'types.en.json'),
  };
}

const label = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
  if (!present) return;
  subsetLines = readFileSync(join(CODEX, 'train.txt'), 'utf8').split('\n').slice(0, SUBSET);
  subset = join(dir, 'codex-subset.txt');
  writeFileSync(subset, `${subsetLines.join('\n')}\n`);
});
afterAll(() => gateway.close());

describe.runIf(present)('importing CoDEx-M triples', () => {
  it('imports a subset with progress: Wikidata ids kept, kinds from types, named fact types', async () => {
    const progress: ImportProgressReport[] = [];
    const result = await importFiles(gateway, request([subset]), {
      batchSize: 1000,
      dataset: 'CoDEx-M (Wikidata)',
      fileLabel: label,
      onProgress: (p) => progress.push(p),
    });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.facts).toBe(SUBSET);
    const ids = new Set(subsetLines.flatMap((l) => [l.split('\t')[0], l.split('\t')[2]]));
    expect(result.entities).toBe(ids.size);
    expect(await counts(gateway)).toEqual({ entities: ids.size, sources: 1, facts: SUBSET });
    // Progress: both phases, bytes up to the file's size, writes counted.
    const last = progress[progress.length - 1];
    expect(progress.some((p) => p.phase === 'validating')).toBe(true);
    expect(last).toMatchObject({ phase: 'writing', written: SUBSET, rows: SUBSET });
    expect(last?.bytes).toBe(last?.totalBytes);
  });

  it('reads a fact back with its label, property id and dataset source', async () => {
    // Line 1 of train.txt: Q108946 P161 Q39792 (cast member).
    const details = await readEntity(gateway, 'Q108946', await storedFactTypes(gateway));
    expect(details.entity).toMatchObject({ id: 'Q108946', name: 'Q108946' });
    const fact = details.facts.find((f) => f.other.id === 'Q39792');
    expect(fact?.fact.attributes).toMatchObject({
      type: 'CAST_MEMBER',
      attributes: { property: 'P161' },
    });
    expect(fact?.sentence).toBe('Q108946 has cast member Q39792.');
    expect(Object.values(details.sources)).toEqual([
      expect.objectContaining({
        kind: 'dataset',
        title: 'codex-subset.txt',
        publisher: 'CoDEx-M (Wikidata)',
      }),
    ]);
    const [human] = await gateway.read(
      "MATCH (e:Entity {id: 'Q39792'}) RETURN e.kind AS kind, e.sourceType AS sourceType, e:Person AS person",
    );
    expect(human).toEqual({ kind: 'Person', sourceType: 'human', person: true });
    const [type] = await gateway.read(
      "MATCH (t:FactType {name: 'CAST_MEMBER'}) RETURN t.label AS label, t.verb AS verb, t.source AS source",
    );
    expect(type).toEqual({
      label: 'cast member',
      verb: 'has cast member',
      source: 'CoDEx-M (Wikidata)',
    });
  });

  it('finds an imported entity by its Wikidata id', async () => {
    const hits = await searchEntities(gateway, 'Q108946', 5, null);
    expect(hits[0]?.id).toBe('Q108946');
  });

  it('imported twice, leaves the same counts and content', async () => {
    const before = { counts: await counts(gateway), sum: await checksum(gateway) };
    const again = await importFiles(gateway, request([subset]), {
      dataset: 'CoDEx-M (Wikidata)',
      fileLabel: label,
    });
    expect(again.ok).toBe(true);
    expect(await counts(gateway)).toEqual(before.counts);
    expect(await checksum(gateway)).toBe(before.sum);
  });

  it('refuses bad lines, naming file, line and column, and writes nothing', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(
      bad,
      ['Q1\tP27\tQ2', 'Q3\tP27', 'Q4\t\tQ5', 'Q6\tP27\tQ6', 'Q7\tP27\tQ8'].join('\n'),
    );
    const before = { counts: await counts(gateway), sum: await checksum(gateway) };
    const result = await importFiles(gateway, request([bad]), { fileLabel: label });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'bad.txt', line: 2, column: 1, field: 'line' }),
      { file: 'bad.txt', line: 3, column: 4, field: 'predicate', message: 'is empty' },
      // Line 4 (Q6 P27 Q6) relates an entity to itself: accepted since issue 22, as neo4j-admin does.
    ]);
    expect(await counts(gateway)).toEqual(before.counts);
    expect(await checksum(gateway)).toBe(before.sum);
  });

  it('refuses a broken label file, naming where', async () => {
    const broken = join(dir, 'relations.json');
    writeFileSync(broken, '{\n  "P27": {"label": "country of citizenship"},\n  "P31": [1, 2\n}');
    const result = await importFiles(
      gateway,
      { ...request([subset]), relations: broken },
      { fileLabel: label },
    );
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'relations.json',
        line: 4,
        message: expect.stringContaining('not valid JSON') as string,
      }),
    ]);
  });

  it('with skipBad writes the good lines and a report', async () => {
    await clearDatabase(gateway);
    const bad = join(dir, 'some-bad.txt');
    writeFileSync(bad, ['Q1\tP27\tQ2', 'Q3\tP27', 'Q7\tP27\tQ8'].join('\n'));
    const report = join(dir, 'triples.report');
    const result = await importFiles(gateway, request([bad]), {
      fileLabel: label,
      skipBad: true,
      reportFile: report,
    });
    expect(result).toMatchObject({ ok: true, facts: 2, skipped: 1, entities: 4 });
    expect(await counts(gateway)).toEqual({ entities: 4, sources: 1, facts: 2 });
    expect(readFileSync(report, 'utf8')).toBe(
      'some-bad.txt:2:1 line: expected 3 tab-separated fields (subject, predicate, object), found 2\n',
    );
  });

  it('refuses with skipBad when more rows are bad than tolerated', async () => {
    const bad = join(dir, 'many-bad.txt');
    writeFileSync(bad, ['Q1\tP27', 'Q3\tP27', 'Q7\tP27\tQ8'].join('\n'));
    const before = await counts(gateway);
    const result = await importFiles(gateway, request([bad]), { skipBad: true, badTolerance: 1 });
    expect(result.ok).toBe(false);
    expect(result.message).toContain('More than 1 bad rows');
    expect(await counts(gateway)).toEqual(before);
  });
});
