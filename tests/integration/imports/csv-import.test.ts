// neo4j-admin CSV and edge-list imports on the real embedded Neo4j: files prepared for Neo4j
// load as they are; bad cells are named by file, line and column; nothing is written then.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntity } from '../../../server/graph/entity';
import { importFiles } from '../../../server/imports/import-files';
import type { CsvRequest } from '../../../server/imports/types';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { checksum, clearDatabase, counts, testGateway } from '../../support/database';
import { runImporter } from '../../support/run-cli';
import { storedFactTypes } from '../../support/fact-types';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-csv-'));
let gateway: Neo4jGateway;

function write(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
const label = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

const NODES = [
  'companyId:ID(Company),name,:LABEL,founded:int,tags:string[]',
  'acme,Acme Corp,Company,1901,tools;anvils',
  'globex,"Globex, Inc.",Company;Organization,1989,',
  'hank,Hank Scorpio,Person,,villain',
];
const RELS = [
  ':START_ID(Company),:END_ID(Company),:TYPE,since:date,until:date,share:float,id',
  'hank,globex,OWNS,1989-03,,0.6,own-1',
  'acme,globex,sued,2015-06-01,2016,,suit-1',
  'hank,acme,works for,,,,',
];

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
});
afterAll(() => gateway.close());

describe('importing neo4j-admin CSV files', () => {
  const request = (): CsvRequest => ({
    format: 'csv',
    nodes: [write('companies.csv', NODES)],
    relationships: [write('links.csv', RELS)],
  });

  it('imports nodes and relationships with typed columns, labels as kinds and dates as times', async () => {
    const result = await importFiles(gateway, request(), { fileLabel: label });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, entities: 3, facts: 3, skipped: 0 });
    expect(await counts(gateway)).toEqual({ entities: 3, sources: 2, facts: 3 });
    const [globex] = await gateway.read(
      "MATCH (e:Entity {id: 'globex'}) RETURN e.name AS name, e.kind AS kind, e.sourceType AS sourceType, e.founded AS founded, e.file AS file",
    );
    expect(globex).toEqual({
      name: 'Globex, Inc.',
      kind: 'Company',
      sourceType: 'Company;Organization',
      founded: 1989,
      file: 'companies.csv',
    });
    const [acme] = await gateway.read("MATCH (e:Entity {id: 'acme'}) RETURN e.tags AS tags");
    expect(acme?.tags).toEqual(['tools', 'anvils']);
    const hank = await readEntity(gateway, 'hank', await storedFactTypes(gateway));
    expect(hank.entity.kind).toBe('Person');
    const owns = hank.facts.find((f) => f.fact.attributes.type === 'OWNS');
    expect(owns?.fact.attributes.time).toEqual({ start: { date: '1989-03', precision: 'month' } });
    expect(owns?.fact.attributes.attributes).toEqual({ share: 0.6 });
    expect(owns?.sentence).toContain('Hank Scorpio owns Globex, Inc. from March 1989');
    const works = hank.facts.find((f) => f.other.id === 'acme');
    expect(works?.fact.attributes.type).toBe('WORKS_FOR');
    const sued = await gateway.read(
      "MATCH (:Entity {id: 'acme'})-[r:SUED]->() RETURN r.startDate AS start, r.endDate AS end, r.sourceType AS original",
    );
    expect(sued).toEqual([{ start: '2015-06-01', end: '2016', original: 'sued' }]);
  });

  it('stores imported time bounds as DATE values and citations as lists, for Cypher', async () => {
    const rows = await gateway.read(
      `MATCH (:Entity {id: 'acme'})-[r:SUED]->()
       RETURN valueType(r.startEarliest) AS type, r.startEarliest = date('2015-06-01') AS starts,
              r.endLatest >= date('2016-12-31') AS endsLate, r.endDate >= '2016-12-31' AS byText,
              r.citationSources = r.sourceIds AS cited, r.citationQuotes AS quotes`,
    );
    expect(rows).toEqual([
      {
        type: 'DATE NOT NULL',
        starts: true,
        endsLate: true,
        byText: false,
        cited: true,
        quotes: [''],
      },
    ]);
  });

  it('imported twice, leaves the same counts and content', async () => {
    const before = { counts: await counts(gateway), sum: await checksum(gateway) };
    expect((await importFiles(gateway, request(), { fileLabel: label })).ok).toBe(true);
    expect(await counts(gateway)).toEqual(before.counts);
    expect(await checksum(gateway)).toBe(before.sum);
  });

  it('refuses bad cells and unknown ends by line and column, writing nothing', async () => {
    const nodes = write('bad-nodes.csv', [
      NODES[0] ?? '',
      'wayne,Wayne,Company,nineteen,',
      'acme,Acme,Company,1901,',
      'acme,Acme again,Company,1901,',
    ]);
    const rels = write('bad-links.csv', [
      RELS[0] ?? '',
      'hank,nobody,OWNS,2001,,,',
      'hank,acme,OWNS,March 2001,,,',
      'hank,acme,,,,,',
    ]);
    const before = { counts: await counts(gateway), sum: await checksum(gateway) };
    const result = await importFiles(
      gateway,
      { format: 'csv', nodes: [nodes], relationships: [rels] },
      { fileLabel: label },
    );
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        file: 'bad-nodes.csv',
        line: 2,
        column: 21,
        field: 'founded',
        message: '"nineteen" is not a whole number (int)',
      },
      expect.objectContaining({
        file: 'bad-nodes.csv',
        line: 4,
        field: ':ID',
        message: expect.stringContaining('"acme" is already used') as string,
      }),
      expect.objectContaining({
        file: 'bad-links.csv',
        line: 2,
        column: 6,
        field: ':END_ID',
        message: expect.stringContaining('"nobody"') as string,
      }),
      {
        file: 'bad-links.csv',
        line: 3,
        column: 16,
        field: 'since',
        message: expect.stringContaining('"March 2001" is not a date') as string,
      },
      { file: 'bad-links.csv', line: 4, column: 11, field: ':TYPE', message: 'is empty' },
    ]);
    expect(await counts(gateway)).toEqual(before.counts);
    expect(await checksum(gateway)).toBe(before.sum);
  });

  it('refuses a header it cannot read, even with --skip-bad', () => {
    const nodes = write('bad-header.csv', [':ID,age:number', 'x,1']);
    const run = runImporter([
      'csv',
      '--nodes',
      nodes,
      '--skip-bad',
      '--report',
      join(dir, 'r.report'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad-header\.csv:1:5 age:number: unknown type "number"/);
    expect(run.stderr).toContain('nothing was written');
  });

  it('with --skip-bad writes the good rows and reports the bad ones like bad.log', async () => {
    await clearDatabase(gateway);
    const nodes = write('nodes.csv', [
      NODES[0] ?? '',
      'wayne,Wayne,Company,nineteen,',
      ...NODES.slice(1),
    ]);
    const rels = write('rels.csv', [...RELS, 'hank,wayne,OWNS,,,,']);
    const report = join(dir, 'bad.log');
    const run = runImporter([
      'csv',
      '--nodes',
      nodes,
      '--relationships',
      rels,
      '--skip-bad',
      '--report',
      report,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Imported 3 entities and 3 facts from 2 files; 2 bad rows skipped',
    );
    expect(await counts(gateway)).toMatchObject({ entities: 3, facts: 3 });
    const lines = readFileSync(report, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/nodes\.csv:2:21 founded: "nineteen" is not a whole number/);
    expect(lines[1]).toMatch(/rels\.csv:5:6 :END_ID: refers to "wayne"/);
  });
});

describe('importing an edge list', () => {
  it('maps columns to subject, object, type and date; other columns become attributes', async () => {
    await clearDatabase(gateway);
    const file = write('payments.csv', [
      'from;to;when;amount;note',
      'alice;bob;2020-05-02;100;rent',
      'bob;carol;2021;7;"a; b"',
    ]);
    const run = runImporter([
      'edges',
      '--source',
      'from',
      '--target',
      'to',
      '--type',
      'paid',
      '--date',
      'when',
      '--delimiter',
      ';',
      file,
    ]);
    expect(run.stderr).not.toContain('problem');
    expect(run.code).toBe(0);
    expect(await counts(gateway)).toEqual({ entities: 3, sources: 1, facts: 2 });
    const rows = await gateway.read(
      'MATCH (a)-[r:PAID]->(b) RETURN a.id AS a, b.id AS b, r.atDate AS at, r.atPrecision AS precision, r.amount AS amount, r.note AS note ORDER BY a',
    );
    expect(rows).toEqual([
      { a: 'alice', b: 'bob', at: '2020-05-02', precision: 'day', amount: '100', note: 'rent' },
      { a: 'bob', b: 'carol', at: '2021', precision: 'year', amount: '7', note: 'a; b' },
    ]);
  });

  it('takes the type from a column, and names a bad date by line and column', async () => {
    const file = write('typed.csv', ['src,dst,rel,day', 'x,y,knows,2020-02-30', 'x,z,,2020']);
    const result = await importFiles(
      gateway,
      { format: 'edges', file, source: 'src', target: 'dst', typeColumn: 'rel', date: 'day' },
      { fileLabel: label },
    );
    expect(result.problems).toEqual([
      {
        file: 'typed.csv',
        line: 2,
        column: 11,
        field: 'day',
        message: expect.stringContaining('is not a date') as string,
      },
      { file: 'typed.csv', line: 3, column: 5, field: 'rel', message: 'is empty' },
    ]);
    const unknown = await importFiles(
      gateway,
      { format: 'edges', file, source: 'from', target: 'dst', type: 'x' },
      { fileLabel: label },
    );
    expect(unknown.problems[0]).toMatchObject({
      file: 'typed.csv',
      line: 1,
      field: 'header',
      message: expect.stringContaining('no column "from"') as string,
    });
  });
});
