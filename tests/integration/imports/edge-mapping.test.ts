// Edge lists with a mapping on the real embedded Neo4j: the columns that describe an end land on
// the entity (name, kind, attributes), the rest on the fact; other names become aliases.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../server/imports/import-files';
import type { EdgesRequest } from '../../../server/imports/types';
import { entityId } from '../../../server/imports/ids';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { generateAcquisitions } from '../../bench/generate-acquisitions';
import { checksum, clearDatabase, counts, testGateway } from '../../support/database';
import { runImporter } from '../../support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-edge-map-'));
let gateway: Neo4jGateway;

function write(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
const label = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

const DEALS = [
  'buyer_id,buyer_name,buyer_country,bought_id,bought_name,bought_kind,bought_country,bought_city,day,price,note',
  '/organization/meta,Facebook,USA,/organization/instagram,Instagram,company,USA,San Francisco,2012-04-09,1000000000,photos',
  '/organization/meta,"Meta Platforms, Inc.",USA,/organization/whatsapp,WhatsApp,business,USA,,2014-02-19,,',
  '/organization/meta,Facebook,USA,/organization/oculus,Oculus VR,,USA,Irvine,2014-03-25,2000000000,',
  '/organization/google,Google,USA,/organization/waze,"Waze ""מפות""",company,ISR,Ra\'anana,2013-06-11,,maps',
];

const MAPPED = [
  'edges',
  '--source',
  'buyer_id',
  '--source-name',
  'buyer_name',
  '--source-kind',
  'Company',
  '--source-attr',
  'buyer_country',
  '--target',
  'bought_id',
  '--target-name',
  'bought_name',
  '--target-kind',
  'bought_kind',
  '--target-attr',
  'bought_country',
  '--target-attr',
  'bought_city',
  '--type',
  'acquired',
  '--date',
  'day',
];

interface Row {
  readonly name: unknown;
  readonly kind: unknown;
  readonly aliases: unknown;
  readonly country: unknown;
  readonly city: unknown;
  readonly sourceType: unknown;
}

async function entity(original: string): Promise<Row | undefined> {
  const [row] = await gateway.read(
    'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.kind AS kind, e.aliases AS aliases, ' +
      'e.country AS country, e.city AS city, e.sourceType AS sourceType',
    { id: entityId(original).id },
  );
  return row as Row | undefined;
}

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
});
afterAll(() => gateway.close());

describe('an edge list imported with a mapping', () => {
  it('puts names, kinds and attributes on the entities, the rest on the facts', async () => {
    const file = write('deals.csv', DEALS);
    const run = runImporter([...MAPPED, file]);
    expect(run.stderr).not.toContain('problem');
    expect(run.code).toBe(0);
    expect(await counts(gateway)).toEqual({ entities: 6, sources: 1, facts: 4 });
    expect(await entity('/organization/instagram')).toEqual({
      name: 'Instagram',
      kind: 'Company',
      aliases: [],
      country: 'USA',
      city: 'San Francisco',
      sourceType: 'company',
    });
    // A kind column's cell that names no kind gives Other; an empty one gives Other too.
    expect(await entity('/organization/oculus')).toMatchObject({ kind: 'Other', city: 'Irvine' });
    expect(await entity('/organization/whatsapp')).toMatchObject({ kind: 'Company' });
    expect(await entity('/organization/waze')).toMatchObject({
      name: 'Waze "מפות"',
      country: 'ISR',
      city: "Ra'anana",
    });
    // The first name met is the name; the others are aliases (and searchable as such).
    expect(await entity('/organization/meta')).toEqual({
      name: 'Facebook',
      kind: 'Company',
      aliases: ['Meta Platforms, Inc.'],
      country: 'USA',
      city: null,
      sourceType: null,
    });
    const [text] = await gateway.read(
      'MATCH (e:Entity {id: $id}) RETURN e.aliasText AS aliasText',
      { id: entityId('/organization/meta').id },
    );
    expect(text?.aliasText).toBe('Meta Platforms, Inc.');
    const facts = await gateway.read(
      'MATCH ()-[r:ACQUIRED]->(b:Entity) RETURN b.name AS bought, properties(r) AS p ORDER BY bought',
    );
    const attributes = facts.map((f) => {
      const p = f.p as Record<string, unknown>;
      return [
        f.bought,
        p.price ?? null,
        p.note ?? null,
        Object.keys(p).filter((k) => /buyer|bought/.test(k)),
      ];
    });
    expect(attributes).toEqual([
      ['Instagram', '1000000000', 'photos', []],
      ['Oculus VR', '2000000000', null, []],
      ['Waze "מפות"', null, 'maps', []],
      ['WhatsApp', null, null, []],
    ]);
  });

  it('imported again, leaves the same graph (no alias added twice)', async () => {
    const before = { counts: await counts(gateway), sum: await checksum(gateway) };
    const run = runImporter([...MAPPED, join(dir, 'deals.csv')]);
    expect(run.code).toBe(0);
    expect(await counts(gateway)).toEqual(before.counts);
    expect(await checksum(gateway)).toBe(before.sum);
    expect((await entity('/organization/meta'))?.aliases).toEqual(['Meta Platforms, Inc.']);
  });

  it('refuses a mapping that names a column the header lacks, naming option and column', async () => {
    const sum = await checksum(gateway);
    const run = runImporter([
      ...MAPPED,
      '--source-attr',
      'buyer_city',
      '--target-kind',
      'Spaceship',
      join(dir, 'deals.csv'),
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('--source-attr: no column "buyer_city"');
    expect(run.stdout + run.stderr).toContain('--target-kind: no column "Spaceship"');
    expect(await checksum(gateway)).toBe(sum);
  });

  it('strips the end prefix so both ends store the same attribute names', async () => {
    await clearDatabase(gateway);
    const file = join(dir, 'acquisitions.csv');
    writeFileSync(file, generateAcquisitions({ rows: 600, hubs: 20, seed: 3 }));
    const request: EdgesRequest = {
      format: 'edges',
      file,
      source: 'acquirer_permalink',
      target: 'company_permalink',
      type: 'acquired',
      date: 'acquired_at',
      sourceName: 'acquirer_name',
      targetName: 'company_name',
      sourceKind: 'Company',
      targetKind: 'Company',
      sourceAttributes: ['acquirer_category_code', 'acquirer_country_code'],
      targetAttributes: ['company_category_code', 'company_country_code'],
    };
    // Self-acquisitions are refused as rows today; skip-bad leaves them out.
    const result = await importFiles(gateway, request, { fileLabel: label, skipBad: true });
    expect(result.ok).toBe(true);
    expect(result.problems.every((p) => p.message === 'is the source itself')).toBe(true);
    const [stats] = await gateway.read(
      'MATCH (e:Entity) RETURN count(e) AS n, count(e.category_code) AS categories, ' +
        'count(e.country_code) AS countries, count(CASE WHEN e.name STARTS WITH "/" THEN 1 END) AS unnamed, ' +
        'count(CASE WHEN e.kind = "Company" THEN 1 END) AS companies',
    );
    expect(stats?.unnamed).toBe(0);
    expect(stats?.companies).toBe(stats?.n);
    // About 8 % lack a category and 10 % a country in the file.
    expect(Number(stats?.categories)).toBeGreaterThan(0.8 * Number(stats?.n));
    expect(Number(stats?.countries)).toBeGreaterThan(0.8 * Number(stats?.n));
    const [facts] = await gateway.read(
      'MATCH ()-[r:ACQUIRED]->() RETURN count(r) AS n, count(r.price_amount) AS priced, ' +
        'count(r.acquirer_name) + count(r.company_country_code) AS leaked',
    );
    expect(facts?.leaked).toBe(0);
    expect(Number(facts?.priced)).toBeGreaterThan(0);
  });
});

describe('a neo4j-admin node file', () => {
  it('brings every property column to the entity, the id column under its own name too', async () => {
    await clearDatabase(gateway);
    const nodes = write('nodes.csv', [
      'companyId:ID,name,title,summary,description,:LABEL,founded:int,country',
      'acme,Acme Corp,The Acme Corporation,Makes anvils,Since 1901,Company,1901,USA',
      'globex,,Globex,,Energy,Company,,',
    ]);
    const result = await importFiles(
      gateway,
      { format: 'csv', nodes: [nodes], relationships: [] },
      { fileLabel: label },
    );
    expect(result.problems).toEqual([]);
    const rows = await gateway.read(
      'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.summary AS summary, e.title AS title, ' +
        'e.description AS description, e.founded AS founded, e.country AS country, e.companyId AS companyId ORDER BY id',
    );
    expect(rows).toEqual([
      {
        id: 'acme',
        name: 'Acme Corp',
        summary: 'Makes anvils',
        title: 'The Acme Corporation',
        description: 'Since 1901',
        founded: 1901,
        country: 'USA',
        companyId: 'acme',
      },
      {
        id: 'globex',
        name: 'Globex',
        summary: 'Energy',
        title: null,
        description: null,
        founded: null,
        country: null,
        companyId: 'globex',
      },
    ]);
  });
});
