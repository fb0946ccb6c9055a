// Every write path (the JSON loader and the four importers) on the real embedded Neo4j: one
// kind label per entity, replaced and never added; an import never overwrites what another
// file said; self-relations accepted; text stored by the text policy and searchable.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { searchEntities } from '../../../server/graph/search';
import { importFiles } from '../../../server/imports/import-files';
import type { ImportRequest } from '../../../server/imports/types';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { clearDatabase, loadBundledData, loadTestFiles, testGateway } from '../../support/database';
import { smallFile, type TestFile } from '../../support/fact-files';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-writes-'));
let gateway: Neo4jGateway;

function write(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
const label = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const importOk = async (request: ImportRequest) => {
  const result = await importFiles(gateway, request, { fileLabel: label });
  expect(result.problems).toEqual([]);
  expect(result.ok).toBe(true);
  return result;
};
async function labelsOf(id: string): Promise<string[]> {
  const [row] = await gateway.read('MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels', { id });
  return [...((row?.labels as string[] | undefined) ?? [])].sort();
}
async function entity(id: string): Promise<Record<string, unknown>> {
  const [row] = await gateway.read('MATCH (e:Entity {id: $id}) RETURN properties(e) AS p', { id });
  return (row?.p as Record<string, unknown> | undefined) ?? {};
}
async function load(file: TestFile, name = 'data/small.json'): Promise<void> {
  await loadTestFiles(gateway, [{ name, text: JSON.stringify(file, null, 2) }]);
}
async function selfRelations(): Promise<number> {
  const [row] = await gateway.read('MATCH (e:Entity)-[r]->(e) RETURN count(r) AS n');
  return Number(row?.n);
}

beforeAll(() => {
  gateway = testGateway();
});
beforeEach(() => clearDatabase(gateway));
afterAll(() => gateway.close());

describe('the kind label is replaced, not added', () => {
  it('JSON loader: Brand, then Company: [Entity, Company], and no longer a Brand', async () => {
    const file = smallFile();
    file.entities[1] = { id: 'acme', kind: 'Brand', name: 'Acme', aliases: [] };
    await load(file);
    expect(await labelsOf('acme')).toEqual(['Brand', 'Entity']);
    file.entities[1] = { id: 'acme', kind: 'Company', name: 'Acme', aliases: [] };
    await load(file);
    expect(await labelsOf('acme')).toEqual(['Company', 'Entity']);
    expect(await gateway.read("MATCH (b:Brand {id: 'acme'}) RETURN b.id")).toEqual([]);
  });

  it('admin CSV: a node re-imported with another kind keeps one kind label', async () => {
    const nodes = (kind: string): ImportRequest => ({
      format: 'csv',
      nodes: [write('nodes.csv', [':ID,name,:LABEL', `acme,Acme,${kind}`])],
      relationships: [],
    });
    await importOk(nodes('Brand'));
    expect(await labelsOf('acme')).toEqual(['Brand', 'Entity']);
    await importOk(nodes('Company'));
    expect(await labelsOf('acme')).toEqual(['Company', 'Entity']);
  });

  it('triples: an entity whose type changed in the type files keeps one kind label', async () => {
    const triples = write('t.txt', ['Q1\tP31\tQ2']);
    const types = (type: string): ImportRequest => ({
      format: 'triples',
      triples: [triples],
      entityTypes: write('types.json', [JSON.stringify({ Q1: [type] })]),
      typeNames: write('names.json', [
        JSON.stringify({ Q5: { label: 'human' }, Q6: { label: 'company' } }),
      ]),
    });
    await importOk(types('Q5'));
    expect(await labelsOf('Q1')).toEqual(['Entity', 'Person']);
    await importOk(types('Q6'));
    expect(await labelsOf('Q1')).toEqual(['Company', 'Entity']);
  });

  it('edge list: an entity the article defines keeps its one kind label', async () => {
    await loadBundledData(gateway);
    await importOk({
      format: 'edges',
      file: write('edges.csv', ['from,to', 'gucci,kering']),
      source: 'from',
      target: 'to',
      type: 'linked to',
    });
    expect(await labelsOf('gucci')).toEqual(['Brand', 'Entity']);
    await importOk({
      format: 'edges',
      file: write('edges.csv', ['from,to', 'x1,x2']),
      source: 'from',
      target: 'to',
      type: 'linked to',
    });
    expect(await labelsOf('x1')).toEqual(['Entity', 'Other']);
  });

  it('FollowTheMoney: an entity re-imported under another schema keeps one kind label', async () => {
    const ftm = (schema: string): ImportRequest => ({
      format: 'ftm',
      entities: [
        write('e.ijson', [JSON.stringify({ id: 'eta', schema, properties: { name: ['Eta'] } })]),
      ],
    });
    await importOk(ftm('Company'));
    expect(await labelsOf('eta')).toEqual(['Company', 'Entity']);
    await importOk(ftm('Person'));
    expect(await labelsOf('eta')).toEqual(['Entity', 'Person']);
  });

  it('FollowTheMoney: fragments of one id under two schemata in one file get one kind label', async () => {
    const fragment = (schema: string, name: string): string =>
      JSON.stringify({ id: 'eta', schema, properties: { name: [name] } });
    await importOk({
      format: 'ftm',
      entities: [
        write('frag.ijson', [
          fragment('LegalEntity', 'Eta Corp'),
          fragment('Company', 'Eta Corporation'),
        ]),
      ],
    });
    expect(await labelsOf('eta')).toEqual(['Company', 'Entity']);
    expect(await gateway.read("MATCH (b:Other {id: 'eta'}) RETURN b.id")).toEqual([]);
  });
});

describe('an import never overwrites what another file said', () => {
  it("keeps Gucci's name, kind, summary and aliases, adds the import's name, and says so", async () => {
    await loadBundledData(gateway);
    const before = await entity('gucci');
    const result = await importOk({
      format: 'csv',
      nodes: [
        write('knockoffs.csv', [
          ':ID,name,:LABEL,founded:int,summary',
          'gucci,Gucci Knockoffs Ltd,Company,1999,fake',
          'newco,New Co,Company,2001,',
        ]),
      ],
      relationships: [],
    });
    expect(result.merged).toEqual([{ file: 'data/article.json', entities: 1 }]);
    expect(result.message).toContain('1 entity already known from data/article.json was merged');
    const after = await entity('gucci');
    expect(after).toMatchObject({
      name: before.name,
      kind: 'Brand',
      summary: before.summary,
      file: 'data/article.json',
      founded: 1999,
      mergedFrom: ['knockoffs.csv'],
      aliases: [...(before.aliases as string[]), 'Gucci Knockoffs Ltd'],
    });
    expect(await labelsOf('gucci')).toEqual(['Brand', 'Entity']);
    // The import's name finds the entity; the article's name is still its name.
    const hits = await searchEntities(gateway, 'Gucci Knockoffs', 5, null);
    expect(hits[0]).toMatchObject({ id: 'gucci', name: 'Gucci' });

    // Imported again: the same, and the alias is not added twice.
    const again = await importOk({
      format: 'csv',
      nodes: [join(dir, 'knockoffs.csv')],
      relationships: [],
    });
    expect(again.merged).toEqual([{ file: 'data/article.json', entities: 1 }]);
    expect(await entity('gucci')).toEqual(after);
  });
});

describe('self-relations are accepted on every path', () => {
  it('JSON loader', async () => {
    const file = smallFile();
    file.facts.push({
      id: 'f-self',
      type: 'OWNS',
      subject: 'acme',
      object: 'acme',
      sources: [{ source: 'paper-1' }],
    });
    await load(file);
    expect(await selfRelations()).toBe(1);
  });

  it.each<[string, () => ImportRequest]>([
    [
      'admin CSV',
      () => ({
        format: 'csv',
        nodes: [write('n.csv', [':ID,name,:LABEL', 'a,A,Company'])],
        relationships: [write('r.csv', [':START_ID,:END_ID,:TYPE', 'a,a,ACQUIRED'])],
      }),
    ],
    [
      'edge list',
      () => ({
        format: 'edges',
        file: write('e.csv', ['from,to', 'a,a']),
        source: 'from',
        target: 'to',
        type: 'acquired',
      }),
    ],
    ['triples', () => ({ format: 'triples', triples: [write('t.txt', ['Q1\tP127\tQ1'])] })],
    [
      'FollowTheMoney',
      () => ({
        format: 'ftm',
        entities: [
          write('f.ijson', [
            JSON.stringify({ id: 'p1', schema: 'Person', properties: { name: ['Pat'] } }),
            JSON.stringify({
              id: 'rel1',
              schema: 'Family',
              properties: { person: ['p1'], relative: ['p1'] },
            }),
          ]),
        ],
      }),
    ],
  ])('%s', async (_name, request) => {
    const result = await importOk(request());
    expect(result.facts).toBe(1);
    expect(await selfRelations()).toBe(1);
  });
});

describe('the text policy on every path', () => {
  const dirty = 'Ve\u000Bra\u200B Corp\u0085'; // a vertical tab, a zero-width space, a C1 NEL

  it('JSON loader: stored clean and found by its visible letters', async () => {
    const file = smallFile();
    file.entities[1] = { id: 'acme', kind: 'Company', name: dirty, aliases: ['Ac\u200Dme'] };
    await load(file);
    expect(await entity('acme')).toMatchObject({ name: 'Vera Corp', aliases: ['Ac\u200Dme'] });
    expect((await searchEntities(gateway, 'Acme', 5, null))[0]?.id).toBe('acme');
    expect((await searchEntities(gateway, 'Vera', 5, null))[0]?.id).toBe('acme');
  });

  it.each<[string, () => ImportRequest, string]>([
    [
      'admin CSV',
      () => ({
        format: 'csv',
        nodes: [write('n.csv', [':ID,name,:LABEL', `v,${dirty},Company`])],
        relationships: [],
      }),
      'v',
    ],
    [
      'edge list',
      () => ({
        format: 'edges',
        file: write('e.csv', ['from,to', `${dirty},b`]),
        source: 'from',
        target: 'to',
        type: 'linked',
      }),
      'b',
    ],
    [
      'triples',
      () => ({
        format: 'triples',
        triples: [write('t.txt', ['Q1\tP1\tQ2'])],
        typeNames: write('names.json', ['{}']),
        entityTypes: write('types.json', ['{}']),
        relations: write('rel.json', [JSON.stringify({ P1: { label: `lin\u000Bked` } })]),
      }),
      'Q1',
    ],
    [
      'FollowTheMoney',
      () => ({
        format: 'ftm',
        entities: [
          write('f.ijson', [
            JSON.stringify({ id: 'v', schema: 'Company', properties: { name: [dirty] } }),
          ]),
        ],
      }),
      'v',
    ],
  ])('%s: no control or zero-width character is stored', async (_name, request, id) => {
    await importOk(request());
    const [row] = await gateway.read(
      'MATCH (e:Entity) OPTIONAL MATCH (e)-[r]->() RETURN collect(e.name) + collect(e.id) + collect(type(r)) + collect(r.label) AS texts',
    );
    const texts = (row?.texts as string[]).join(' ');
    for (const c of ['\u000B', '\u0085', '\u200B']) expect(texts).not.toContain(c);
    expect(Object.keys(await entity(id)).length).toBeGreaterThan(0);
  });
});
