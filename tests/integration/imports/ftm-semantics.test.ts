// FollowTheMoney semantics through the real write path (issues 13 and 22): fragments of one id
// merged, a true self-holding kept, a Sanction's entity linked, an hour-precision date read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../server/imports/import-files';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { clearDatabase, testGateway } from '../../support/database';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-ftm-semantics-'));
let gateway: Neo4jGateway;

const RECORDS = [
  { id: 'eta', schema: 'Company', properties: { name: ['Eta Corp'], country: ['de'] } },
  { id: 'eta', schema: 'Company', properties: { name: ['Eta Corporation'], country: ['fr'] } },
  { id: 'own-self', schema: 'Ownership', properties: { owner: ['eta'], asset: ['eta'] } },
  {
    id: 'sanction-1',
    schema: 'Sanction',
    properties: { entity: ['eta'], program: ['X'], startDate: ['2021-02-16T21'] },
  },
];

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
});
afterAll(() => gateway.close());

describe('FollowTheMoney records written as FtM means them', () => {
  it('merges fragments, keeps a self-holding, links a sanction, reads an hour date', async () => {
    const path = join(dir, 'records.ijson');
    writeFileSync(path, `${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const result = await importFiles(gateway, { format: 'ftm', entities: [path] });
    expect(result.problems).toEqual([]);
    const [eta] = await gateway.read(
      "MATCH (e:Entity {id: 'eta'}) RETURN e.name AS name, e.aliases AS aliases, e.ftm_country AS country",
    );
    expect(eta).toEqual({ name: 'Eta Corp', aliases: ['Eta Corporation'], country: ['de', 'fr'] });
    expect(
      await gateway.read("MATCH (e:Entity {id: 'eta'})-[r:OWNS]->(e) RETURN count(r) AS n"),
    ).toEqual([{ n: 1 }]);
    expect(
      await gateway.read(
        "MATCH (:Entity {id: 'sanction-1'})-[r:ENTITY]->(:Entity {id: 'eta'}) RETURN count(r) AS n",
      ),
    ).toEqual([{ n: 1 }]);
    const [sanction] = await gateway.read(
      "MATCH (e:Entity {id: 'sanction-1'}) RETURN e.ftm_startDate AS start",
    );
    expect(sanction).toEqual({ start: '2021-02-16T21' });
  });
});
