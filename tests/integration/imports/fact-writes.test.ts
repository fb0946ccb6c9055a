// How an import writes its facts on the real embedded Neo4j: a file the database has never
// seen is created (a repeated row still lands once, in any batch), a file it has seen is
// merged by type; both leave the same graph, and importing again changes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../server/imports/import-files';
import type { EdgesRequest } from '../../../server/imports/types';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { checksum, clearDatabase, counts, testGateway } from '../../support/database';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-fact-writes-'));
let gateway: Neo4jGateway;

// Six rows, five facts: the last row repeats the first; two types; one row is a hub's.
const ROWS = [
  'from,to,kind,day,price',
  'hub,a,acquired,2001-02-03,10',
  'hub,b,acquired,2002-02-03,',
  'c,hub,invested in,2003-04-05,7',
  'hub,c,acquired,,',
  'b,a,invested in,2004-01-01,',
  'hub,a,acquired,2001-02-03,10',
];

function request(): EdgesRequest {
  const file = join(dir, 'deals.csv');
  writeFileSync(file, `${ROWS.join('\n')}\n`);
  return { format: 'edges', file, source: 'from', target: 'to', type: 'kind', date: 'day' };
}

/** Each stored fact's type, ends and time, sorted: what the graph says, however written. */
async function facts(): Promise<string[]> {
  const rows = await gateway.read(
    'MATCH (s:Entity)-[r]->(o:Entity) RETURN type(r) + " " + s.id + ">" + o.id + " " + ' +
      'coalesce(toString(r.atEarliest), "-") + " " + coalesce(r.price, "-") + " " + r.id AS line ORDER BY line',
  );
  return rows.map((r) => (typeof r.line === 'string' ? r.line : ''));
}

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
});
afterAll(async () => {
  await clearDatabase(gateway);
  await gateway.close();
});

describe('fact writes', () => {
  it('creates the facts of a new file once each, across batches, and merges them on a re-import', async () => {
    // Batches of two rows: the repeated row falls in a later batch than the first.
    const first = await importFiles(gateway, request(), { batchSize: 2, dataset: 'Deals' });
    expect(first.ok).toBe(true);
    expect(first.facts).toBe(6);
    const created = await facts();
    expect(created).toHaveLength(5);
    expect(new Set(created.map((l) => l.split(' ').pop())).size).toBe(5);
    expect(
      created.filter((l) => / 2001-02-03 10 /.test(l)),
      created.join('\n'),
    ).toHaveLength(1);
    expect((await counts(gateway)).facts).toBe(5);
    const sum = await checksum(gateway);

    // The same file again: its Source is stored now, so every fact is merged by its type.
    const again = await importFiles(gateway, request(), { batchSize: 2, dataset: 'Deals' });
    expect(again.ok).toBe(true);
    expect(await facts()).toEqual(created);
    expect(await checksum(gateway)).toBe(sum);
  });

  it('merges into what is stored when the Source is known, to the same graph as creating', async () => {
    const created = await facts();
    // One batch for the whole file, written by MERGE only (the Source is stored).
    await importFiles(gateway, request(), { batchSize: 5000, dataset: 'Deals' });
    expect(await facts()).toEqual(created);
  });
});
