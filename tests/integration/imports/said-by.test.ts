// Values by source on every write path (the JSON loader and the four importers), on the real
// embedded Neo4j: an entity another file or dataset wrote keeps its own values; what the later
// source says apart from them is kept under that source (`saidBy`), never written over them;
// and loading the data files again keeps what imports said (names, attributes, values).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toNodesCsv, toRelationshipsCsv } from '../../../server/domain/export/csv';
import { cypherString, toCypherScript } from '../../../server/domain/export/cypher-script';
import { arrayDelimiterFor } from '../../../server/domain/export/flatten';
import { readEntity } from '../../../server/graph/entity';
import { readWholeGraph } from '../../../server/graph/graph-service';
import { importFiles } from '../../../server/imports/import-files';
import type { ImportRequest } from '../../../server/imports/types';
import { loadFiles } from '../../../server/load/loader';
import { jsonFilesIn, readInputs } from '../../../server/load/read-inputs';
import { DATA_DIR } from '../../../server/load/seed';
import { validateFiles } from '../../../server/load/validate';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { clearDatabase, loadBundledData, testGateway } from '../../support/database';
import { smallFile } from '../../support/fact-files';
import { storedFactTypes } from '../../support/fact-types';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-said-by-'));
let gateway: Neo4jGateway;

function write(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
const label = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
async function importOk(request: ImportRequest): Promise<void> {
  const result = await importFiles(gateway, request, { fileLabel: label });
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
}
async function entity(id: string): Promise<Record<string, unknown>> {
  const [row] = await gateway.read('MATCH (e:Entity {id: $id}) RETURN properties(e) AS p', { id });
  return (row?.p as Record<string, unknown> | undefined) ?? {};
}
/** The stored `saidBy` property, parsed. */
async function saidBy(id: string): Promise<unknown> {
  const text = (await entity(id)).saidBy;
  return typeof text === 'string' ? JSON.parse(text) : text;
}
/** The data files (data/*.json) loaded again, without clearing the database. */
async function reloadDataFiles(): Promise<void> {
  const validation = validateFiles(readInputs(jsonFilesIn(DATA_DIR)));
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  await loadFiles(gateway, validation.files);
}
const csvNodes = (name: string, lines: readonly string[]): ImportRequest => ({
  format: 'csv',
  nodes: [write(name, lines)],
  relationships: [],
});

beforeAll(() => {
  gateway = testGateway();
});
beforeEach(() => clearDatabase(gateway));
afterAll(() => gateway.close());

describe('an entity another source wrote keeps its values; the later source is kept by source', () => {
  it('admin CSV: the first file keeps country; the second file\u2019s country is kept under it', async () => {
    await loadBundledData(gateway);
    await importOk(
      csvNodes('first.csv', [':ID,name,:LABEL,country,summary', 'gucci,Gucci SpA,Company,it,fake']),
    );
    await importOk(csvNodes('second.csv', [':ID,name,country', 'gucci,Gucci,fr']));
    const stored = await entity('gucci');
    expect(stored).toMatchObject({
      name: 'Gucci',
      kind: 'Brand',
      summary: 'Italian luxury fashion house owned by Kering.',
      country: 'it',
      file: 'data/article.json',
      mergedFrom: ['first.csv', 'second.csv'],
    });
    expect(await saidBy('gucci')).toEqual({
      'first.csv': {
        name: 'Gucci SpA',
        kind: 'Company',
        summary: 'fake',
        attributes: { country: 'it' },
      },
      'second.csv': { attributes: { country: 'fr' } },
    });
    // The details list what differs from the entity's own values, by source.
    const details = await readEntity(gateway, 'gucci', await storedFactTypes(gateway));
    expect(details.entity.saidBy?.['second.csv']).toEqual({ attributes: { country: 'fr' } });
    expect(details.entity.attributes).toMatchObject({ country: 'it' });
  });

  it('edge list: a mapped name and attribute of an article entity are kept under the file', async () => {
    await loadBundledData(gateway);
    await importOk({
      format: 'edges',
      file: write('edges.csv', ['from,from_name,hq,to', 'gucci,Gucci Group,Florence,kering']),
      source: 'from',
      target: 'to',
      sourceName: 'from_name',
      sourceAttributes: ['hq'],
      type: 'linked to',
    });
    expect(await entity('gucci')).toMatchObject({ name: 'Gucci', hq: 'Florence' });
    expect(await saidBy('gucci')).toEqual({
      'edges.csv': { name: 'Gucci Group', attributes: { hq: 'Florence' } },
    });
    expect((await entity('gucci')).aliases).toContain('Gucci Group');
  });

  it('triples: the type a types file gives an article entity is kept under the file', async () => {
    const file = smallFile();
    file.entities[1] = { id: 'acme', kind: 'Company', name: 'Acme', aliases: [], summary: 'Maker' };
    const validation = validateFiles([{ name: 'data/small.json', text: JSON.stringify(file) }]);
    if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
    await loadFiles(gateway, validation.files);
    await importOk({
      format: 'triples',
      triples: [write('t.txt', ['acme\tP31\tguild'])],
      entityTypes: write('types.json', [JSON.stringify({ acme: ['Q5'] })]),
      typeNames: write('names.json', [JSON.stringify({ Q5: { label: 'human' } })]),
    });
    expect(await entity('acme')).toMatchObject({ name: 'Acme', kind: 'Company', summary: 'Maker' });
    expect(await saidBy('acme')).toEqual({ 't.txt': { kind: 'Person', summary: 'human' } });
  });

  it('FollowTheMoney: names become aliases; summary and properties are kept under the file', async () => {
    await loadBundledData(gateway);
    await importOk({
      format: 'ftm',
      entities: [
        write('gucci.ijson', [
          JSON.stringify({
            id: 'gucci',
            schema: 'Company',
            properties: { name: ['Guccio Gucci SpA'], country: ['it'] },
          }),
        ]),
      ],
    });
    const stored = await entity('gucci');
    expect(stored).toMatchObject({ name: 'Gucci', kind: 'Brand', ftm_country: 'it' });
    expect(stored.aliases).toContain('Guccio Gucci SpA');
    expect(await saidBy('gucci')).toEqual({
      'gucci.ijson': {
        name: 'Guccio Gucci SpA',
        kind: 'Company',
        summary: 'Company, it',
        attributes: { ftmSchema: 'Company', ftm_country: 'it' },
      },
    });
  });

  it('JSON loader: a data file takes over an imported entity; the import\u2019s values are kept', async () => {
    await importOk(
      csvNodes('acme.csv', [':ID,name,:LABEL,summary,country', 'acme,Acme Imports,Brand,imp,de']),
    );
    const validation = validateFiles([
      { name: 'data/small.json', text: JSON.stringify(smallFile()) },
    ]);
    if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
    await loadFiles(gateway, validation.files);
    expect(await entity('acme')).toMatchObject({
      name: 'Acme',
      kind: 'Company',
      country: 'de',
      file: 'data/small.json',
      mergedFrom: ['acme.csv'],
      aliases: ['Acme Group', 'Acme Imports'],
    });
    expect(await saidBy('acme')).toEqual({
      'acme.csv': { name: 'Acme Imports', kind: 'Brand', summary: 'imp' },
    });
  });
});

describe('loading the data files again keeps what imports said', () => {
  it('aliases, attributes and values by source of an import survive a reload', async () => {
    await loadBundledData(gateway);
    await importOk(
      csvNodes('knockoffs.csv', [
        ':ID,name,:LABEL,founded:int,country',
        'gucci,Gucci Knockoffs Ltd,Company,1999,it',
      ]),
    );
    const imported = await entity('gucci');
    expect(imported.aliases).toEqual(['Gucci America', 'Gucci Knockoffs Ltd']);
    await reloadDataFiles();
    const after = await entity('gucci');
    expect(after).toMatchObject({
      name: 'Gucci',
      kind: 'Brand',
      aliases: ['Gucci America', 'Gucci Knockoffs Ltd'],
      founded: 1999,
      country: 'it',
      file: 'data/article.json',
      mergedFrom: ['knockoffs.csv'],
    });
    expect(after.aliasText).toBe(imported.aliasText);
    expect(after.saidBy).toBe(imported.saidBy);
    // Loading once more changes nothing.
    await reloadDataFiles();
    expect(await entity('gucci')).toEqual(after);
  });
});

describe('the exports carry what other sources said', () => {
  it('CSV and Cypher script: re-imported into an empty database, saidBy is the same', async () => {
    await loadBundledData(gateway);
    await importOk(csvNodes('other.csv', [':ID,name,country', 'gucci,Gucci SpA,it']));
    const said = await saidBy('gucci');
    expect(said).toEqual({ 'other.csv': { name: 'Gucci SpA', attributes: { country: 'it' } } });
    const graph = await readWholeGraph(gateway);
    const delimiter = arrayDelimiterFor(graph);
    const nodes = join(dir, 'export.nodes.csv');
    const rels = join(dir, 'export.relationships.csv');
    writeFileSync(nodes, toNodesCsv(graph, delimiter));
    writeFileSync(rels, toRelationshipsCsv(graph, delimiter));
    await clearDatabase(gateway);
    await importOk({
      format: 'csv',
      nodes: [nodes],
      relationships: [rels],
      arrayDelimiter: delimiter,
    });
    expect(await saidBy('gucci')).toEqual(said);
    expect(await entity('gucci')).toMatchObject({ name: 'Gucci', country: 'it' });
    await clearDatabase(gateway);
    const line = toCypherScript(graph)
      .split('\n')
      .find((l) => l.startsWith(`MERGE (n:Entity {id: ${cypherString('gucci')}})`));
    await gateway.write((line ?? '').replace(/;$/, ''));
    expect(await saidBy('gucci')).toEqual(said);
  });
});
