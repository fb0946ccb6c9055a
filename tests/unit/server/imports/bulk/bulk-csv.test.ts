// The bulk import's CSV files: one column per property the normal import's queries set, typed
// from the values, the shared parameters of a file filled in, and mixed types refused.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BulkGraph } from '../../../../../server/imports/bulk/bulk-graph';
import { writeBulkCsv } from '../../../../../server/imports/bulk/bulk-csv';
import { ARRAY_DELIMITER as US } from '../../../../../server/imports/bulk/csv-cells';
import { sharedFactParams } from '../../../../../server/imports/write-rows';

const entity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'Company',
  name: `${id} "Ltd", Inc.`,
  aliases: [],
  aliasText: '',
  summary: null,
  sourceType: null,
  originalId: null,
  file: 'deals.csv',
  labels: [],
  saidBy: null,
  extra,
  alias: null,
});

function graphOf(extraB: Record<string, unknown> = { founded: neo4j.int(1999) }): BulkGraph {
  const graph = new BulkGraph();
  graph.addImplied(entity('a', { founded: neo4j.int(1990) }));
  graph.addImplied(entity('b', extraB));
  graph.addFact(
    {
      id: 'f1',
      type: 'ACQUIRED',
      subject: 'a',
      object: 'b',
      props: {
        atDate: '2001-02',
        atPrecision: 'month',
        atEarliest: '2001-02-01',
        atLatest: '2001-02-28',
      },
      attributes: { price: 2.5 },
    },
    sharedFactParams('src-1', 'deals.csv'),
    false,
  );
  return graph;
}

async function write(graph: BulkGraph): Promise<{ nodes: string[]; facts: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'bulk-csv-'));
  const paths = { nodes: join(dir, 'n.csv'), relationships: join(dir, 'r.csv') };
  await writeBulkCsv(
    graph,
    paths,
    { timeSlots: new Set(['at']), attributeKeys: new Set(['price']) },
    '2026-11-30T19:00:00.000Z',
  );
  const read = (p: string): string[] => readFileSync(p, 'utf8').trimEnd().split('\n');
  return { nodes: read(paths.nodes), facts: read(paths.relationships) };
}

describe('writeBulkCsv', () => {
  it('writes the entities with every property the import sets, typed, and their labels', async () => {
    const { nodes } = await write(graphOf());
    expect(nodes[0]).toBe(
      'id:ID,kind:string,name:string,aliases:string[],aliasText:string,summary:string,' +
        'sourceType:string,originalId:string,file:string,saidBy:string,recordedAt:datetime,' +
        'founded:long,:LABEL',
    );
    expect(nodes[1]).toBe(
      `a,Company,"a ""Ltd"", Inc.",,"",,,,deals.csv,,2026-11-30T19:00:00.000Z,1990,Entity${US}Company`,
    );
  });

  it("writes the facts with their file's shared citations, dates as date, no empty columns", async () => {
    const { facts } = await write(graphOf());
    expect(facts[0]).toBe(
      ':START_ID,:END_ID,:TYPE,id:string,sourceIds:string[],citations:string,' +
        'citationSources:string[],citationQuotes:string[],citationSpeakers:string[],' +
        'citationVia:string[],citationNotes:string[],claim:string,file:string,recordedAt:datetime,' +
        'atDate:string,atPrecision:string,atEarliest:date,atLatest:date,price:double',
    );
    expect(facts[1]).toBe(
      'a,b,ACQUIRED,f1,src-1,"[{""source"":""src-1""}]",src-1,,,,,,deals.csv,' +
        '2026-11-30T19:00:00.000Z,2001-02,month,2001-02-01,2001-02-28,2.5',
    );
  });

  it('refuses an attribute with values of two types', async () => {
    await expect(write(graphOf({ founded: 'nineties' }))).rejects.toThrow(
      'the property "founded" holds both long and string values',
    );
  });
});
