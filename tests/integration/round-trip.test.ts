// Export, then import into an empty database, gives the same graph (issue 13): the article,
// an FtM dataset and a CSV dataset, exported as a Cypher script, JSON, CSV and GraphML. Every
// node and relationship is compared with its labels and every property with its Neo4j type.
// The product has no GraphML importer: that file is read by a real XML parser and compared
// with the database instead. The re-imported CSV records its own files as dataset Sources
// (the import's provenance), and `file` names the file that wrote a node: both are left out.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { toNodesCsv, toRelationshipsCsv } from '../../server/domain/export/csv';
import { toCypherScript } from '../../server/domain/export/cypher-script';
import { arrayDelimiterFor } from '../../server/domain/export/flatten';
import { toGraphml } from '../../server/domain/export/graphml';
import type { SerializedGraph } from '../../server/domain/model';
import { readWholeGraph } from '../../server/graph/graph-service';
import { importFiles } from '../../server/imports/import-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { clearDatabase, loadBundledData, testGateway } from '../support/database';

const DONATIONS = join(
  PROJECT_ROOT,
  '..',
  'shared',
  'datasets',
  'ftm-donations',
  'donations.ijson',
);
const dir = mkdtempSync(join(tmpdir(), 'brand-graph-round-trip-'));
let gateway: Neo4jGateway;
let original: Snapshot;
let graph: SerializedGraph;

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A small FtM file: things with properties, an ownership and a payment with an amount. */
const FTM = [
  { id: 'ftm-a', schema: 'Company', properties: { name: ['Eta Corp'], country: ['de'] } },
  { id: 'ftm-b', schema: 'Person', properties: { name: ['Ann Smith'], nationality: ['fr'] } },
  {
    id: 'ftm-own',
    schema: 'Ownership',
    properties: { owner: ['ftm-b'], asset: ['ftm-a'], startDate: ['2019-05'], percentage: ['40'] },
  },
  {
    id: 'ftm-pay',
    schema: 'Payment',
    properties: { payer: ['ftm-a'], beneficiary: ['ftm-b'], date: ['2020'], amountEur: ['1250.5'] },
  },
];

/** A CSV dataset: whole numbers (one beyond 2^53), floats, booleans, a list item holding `;`. */
const CSV_NODES = [
  'id:ID,:LABEL,name,year:int,big:long,score:double,listed:boolean,tags:string[],file',
  'rt-x,Company|Sequel,X Ltd,1999,9007199254740993,2.5,true,a;b|c,theirs',
  'rt-y,Person,Y Person,2001,,3,false,,',
];
const CSV_RELS = [
  ':START_ID,:END_ID,:TYPE,startDate,endDate,share:float,count:int,id',
  'rt-y,rt-x,OWNS,2014-07,2016,0.25,7,rt-own',
];

interface Snapshot {
  nodes: string[];
  relationships: string[];
}

/**
 * Every Entity and Source node and every relationship among them, typed, order-independent.
 * Left out: what this database keeps of its own writing, not of the data: the file that wrote
 * a record (`file`), when it was recorded here (`recordedAt`) and its revision number
 * (`revision`); a graph imported elsewhere is recorded there at its own time.
 */
async function snapshot(leaveOut: readonly string[] = []): Promise<Snapshot> {
  const typed = (map: string) =>
    `[k IN keys(${map}) WHERE NOT k IN ['file', 'recordedAt', 'revision'] | [k, valueType(${map}[k]), ${map}[k]]]`;
  const nodes = await gateway.read(
    `MATCH (n) WHERE (n:Entity OR n:Source) AND NOT n.id IN $leaveOut
     RETURN labels(n) AS labels, ${typed('n')} AS props`,
    { leaveOut: [...leaveOut] },
  );
  const rels = await gateway.read(
    `MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Source) AND (b:Entity OR b:Source)
     RETURN a.id AS a, type(r) AS type, b.id AS b, ${typed('r')} AS props`,
  );
  const line = (row: Record<string, unknown>): string =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          Array.isArray(v) ? [...(v as unknown[])].map((x) => JSON.stringify(x)).sort() : v,
        ]),
      ),
    );
  return { nodes: nodes.map(line).sort(), relationships: rels.map(line).sort() };
}

async function runScript(script: string): Promise<void> {
  const statements = script.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('//'));
  for (const s of statements.filter((s) => s.startsWith('CREATE CONSTRAINT'))) {
    await gateway.write(s.replace(/;$/, ''));
  }
  // One transaction; the statements are sent in order without waiting for each answer.
  await gateway.writeTransaction(async (tx) => {
    const data = statements.filter((s) => !s.startsWith('CREATE CONSTRAINT'));
    await Promise.all(data.map((s) => tx.run(s.replace(/;$/, ''))));
  }, 300_000);
}

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  const ftm = [FTM.map((e) => JSON.stringify(e)).join('\n')];
  if (existsSync(DONATIONS)) ftm.push(readFileSync(DONATIONS, 'utf8'));
  else console.warn(`Round trip without the FtM donations sample: ${DONATIONS} is absent`);
  const ftmResult = await importFiles(gateway, {
    format: 'ftm',
    entities: [write('ftm.ijson', `${ftm.join('\n')}\n`)],
  });
  expect(ftmResult.problems).toEqual([]);
  const csvResult = await importFiles(gateway, {
    format: 'csv',
    nodes: [write('dataset-nodes.csv', `${CSV_NODES.join('\n')}\n`)],
    relationships: [write('dataset-rels.csv', `${CSV_RELS.join('\n')}\n`)],
    arrayDelimiter: '|',
  });
  expect(csvResult.problems).toEqual([]);
  original = await snapshot();
  graph = await readWholeGraph(gateway);
}, 600_000);

afterAll(async () => {
  await loadBundledData(gateway);
  await gateway.close();
});

describe('the graph survives every export and import', () => {
  it('holds typed values to compare: INTEGER beyond 2^53, FLOAT, lists, escaped names', () => {
    const x = original.nodes.find((n) => n.includes('\\"rt-x\\"')) ?? '';
    expect(x).toContain('[\\"big\\",\\"INTEGER NOT NULL\\",\\"9007199254740993\\"]');
    expect(x).toContain('[\\"year\\",\\"INTEGER NOT NULL\\",1999]');
    expect(x).toContain('[\\"score\\",\\"FLOAT NOT NULL\\",2.5]');
    expect(x).toContain('[\\"attr_file\\",\\"STRING NOT NULL\\",\\"theirs\\"]');
    expect(x).toContain('\\"Sequel\\"');
    expect(x).toContain('a;b');
    const own = original.relationships.find((r) => r.startsWith('{"a":"rt-y","type":"OWNS"')) ?? '';
    expect(own).toContain('[\\"startDate\\",\\"STRING NOT NULL\\",\\"2014-07\\"]');
    expect(own).toContain('[\\"count\\",\\"INTEGER NOT NULL\\",7]');
  });

  it('Cypher script: run into an empty database, and run again, gives the same graph', async () => {
    const script = toCypherScript(graph);
    await clearDatabase(gateway);
    await runScript(script);
    expect(await snapshot()).toEqual(original);
    await runScript(script);
    expect(await snapshot()).toEqual(original);
  }, 600_000);

  it('JSON: the graph read back from JSON recreates the same graph', async () => {
    const parsed = JSON.parse(JSON.stringify(graph)) as SerializedGraph;
    await clearDatabase(gateway);
    await runScript(toCypherScript(parsed));
    expect(await snapshot()).toEqual(original);
  }, 600_000);

  it('CSV: the two files import with the product importer into the same graph', async () => {
    const delimiter = arrayDelimiterFor(graph);
    const nodes = write('export.nodes.csv', toNodesCsv(graph, delimiter));
    const rels = write('export.relationships.csv', toRelationshipsCsv(graph, delimiter));
    await clearDatabase(gateway);
    const result = await importFiles(gateway, {
      format: 'csv',
      nodes: [nodes],
      relationships: [rels],
      arrayDelimiter: delimiter,
    });
    expect(result.problems).toEqual([]);
    const own = await gateway.read(
      "MATCH (s:Source) WHERE s.title IN ['export.nodes.csv', 'export.relationships.csv'] RETURN s.id AS id",
    );
    expect(own).toHaveLength(2);
    expect(await snapshot(own.map((r) => r.id as string))).toEqual(original);
  }, 600_000);

  it('GraphML: every node, edge and property is in the file, with its type', () => {
    const xml = toGraphml(graph);
    const doc = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
    }).parse(xml) as {
      graphml: {
        key: { '@_id': string; '@_attr.name': string; '@_attr.type': string }[];
        graph: {
          node: { '@_id': string; data: { '@_key': string; '#text': string }[] }[];
          edge: { '@_source': string; data: { '@_key': string; '#text': string }[] }[];
        };
      };
    };
    const keys = new Map(doc.graphml.key.map((k) => [k['@_id'], k]));
    const entityCount = original.nodes.length;
    expect(doc.graphml.graph.node).toHaveLength(entityCount);
    expect(doc.graphml.graph.edge).toHaveLength(original.relationships.length);
    const x = doc.graphml.graph.node.find((n) => n['@_id'] === 'rt-x');
    const value = (name: string) => {
      const d = x?.data.find((d) => keys.get(d['@_key'])?.['@_attr.name'] === name);
      return { text: d?.['#text'], type: keys.get(d?.['@_key'] ?? '')?.['@_attr.type'] };
    };
    expect(value('big')).toEqual({ text: '9007199254740993', type: 'long' });
    expect(value('score')).toEqual({ text: '2.5', type: 'double' });
    expect(value('labels').text).toBe(':Entity:Company:Sequel');
    // Every stored property of every node is in the file (the product keys included).
    for (const line of original.nodes) {
      const node = JSON.parse(line) as { props: string[] };
      const props = node.props.map((p) => JSON.parse(p) as [string, string, unknown]);
      const id = props.find(([k]) => k === 'id')?.[2];
      const inFile = doc.graphml.graph.node.find((n) => n['@_id'] === id);
      const names = new Set(inFile?.data.map((d) => keys.get(d['@_key'])?.['@_attr.name']));
      for (const [name] of props) {
        if (name === 'aliasText') continue; // derived from aliases, which the file carries
        expect(names.has(name), `${String(id)}.${name}`).toBe(true);
      }
    }
  });
});
