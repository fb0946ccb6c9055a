// Start-up migrations on the real Neo4j: data stored by earlier versions (kind `Organisation`,
// time bounds as text, citations as JSON only) comes to the current shape, and only once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWholeGraph } from '../../../server/graph/graph-service';
import { migrate } from '../../../server/load/migrations';
import { seedIfEmpty } from '../../../server/load/seed';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import {
  checksum,
  clearDatabase,
  loadBundledData,
  loadTestFiles,
  testGateway,
} from '../../support/database';
import { asText, smallFile } from '../../support/fact-files';

let gateway: Neo4jGateway;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
});
afterAll(() => gateway.close());

/** Writes the article graph back the way the previous version stored it. */
async function storeAsBefore(): Promise<void> {
  await gateway.write(
    `MATCH (e:Organization)
     SET e:Organisation, e.kind = 'Organisation'
     REMOVE e:Organization`,
  );
  await gateway.write(
    `MATCH (:Entity)-[r]->(:Entity)
     SET r.atEarliest = toString(r.atEarliest), r.atLatest = toString(r.atLatest),
         r.startEarliest = toString(r.startEarliest), r.startLatest = toString(r.startLatest),
         r.endEarliest = toString(r.endEarliest), r.endLatest = toString(r.endLatest)
     REMOVE r.citationSources, r.citationQuotes, r.citationSpeakers, r.citationVia,
            r.citationNotes`,
  );
  // Fact revisions written before their `before` ends were kept beside them.
  await gateway.write(`MATCH (v:Revision {seq: 900001}) REMOVE v.beforeSubject, v.beforeObject`);
}

/** A fact revision as the app writes it now: the ends of its `before` kept beside it. */
async function storeFactRevision(): Promise<void> {
  await gateway.write(
    `CREATE (:Revision {seq: 900001, at: datetime('2016-05-04T10:00:00Z'), editor: 'alice',
       action: 'update', target: 'fact', targetId: 'a-gucci-leaves-iacc',
       before: '{"id":"a-gucci-leaves-iacc","type":"LEFT","subject":"gucci","object":"iacc"}',
       beforeSubject: 'gucci', beforeObject: 'iacc'})`,
  );
}

const storedTypes = async (): Promise<unknown[]> =>
  gateway.read(
    `MATCH (:Entity)-[r]->(:Entity)
     UNWIND ['atEarliest', 'atLatest', 'startEarliest', 'startLatest', 'endEarliest',
             'endLatest', 'citationSources'] AS key
     WITH key, valueType(r[key]) AS type WHERE type <> 'NULL'
     RETURN key, collect(DISTINCT type) AS types ORDER BY key`,
  );

describe('start-up migrations', () => {
  it('bring a database stored by the previous version to the current shape, once', async () => {
    await storeFactRevision();
    const current = { sum: await checksum(gateway), graph: await readWholeGraph(gateway) };
    const ends =
      'MATCH (v:Revision {seq: 900001}) RETURN v.beforeSubject AS s, v.beforeObject AS o';
    const currentTypes = await storedTypes();
    await storeAsBefore();
    expect(await gateway.read(ends)).toEqual([{ s: null, o: null }]);
    const [old] = await gateway.read(
      `MATCH (e:Organisation) MATCH (:Entity)-[r]->(:Entity)
       RETURN count(DISTINCT e) AS organisations, count(DISTINCT r) AS facts`,
    );
    expect(old).toEqual({ organisations: 1, facts: 33 });
    expect(await storedTypes()).not.toEqual(currentTypes);

    const logged: string[] = [];
    expect(await seedIfEmpty(gateway, (line) => logged.push(line))).toBe(false);
    expect(logged[0]).toBe(
      'Migrated stored data: kind-names 1, fact-dates 25, fact-citations 33, revision-ends 1.',
    );
    expect(await gateway.read(ends)).toEqual([{ s: 'gucci', o: 'iacc' }]);
    expect(await checksum(gateway)).toBe(current.sum);
    expect(await storedTypes()).toEqual(currentTypes);
    expect(await readWholeGraph(gateway)).toEqual(current.graph);
    const [iacc] = await gateway.read(
      "MATCH (e:Entity {id: 'iacc'}) RETURN labels(e) AS labels, e.kind AS kind",
    );
    expect(iacc).toEqual({ labels: ['Entity', 'Organization'], kind: 'Organization' });

    expect(await migrate(gateway)).toEqual({
      'kind-names': 0,
      'fact-dates': 0,
      'fact-citations': 0,
      'revision-ends': 0,
    });
  });

  it('load a data file that still says Organisation as kind Organization', async () => {
    await clearDatabase(gateway);
    const file = smallFile();
    const guild = file.entities.find((e) => e.id === 'guild');
    if (guild) guild.kind = 'Organisation';
    await loadTestFiles(gateway, [{ name: 'old.json', text: asText(file) }]);
    const rows = await gateway.read(
      "MATCH (e:Entity {id: 'guild'}) RETURN labels(e) AS labels, e.kind AS kind",
    );
    expect(rows).toEqual([{ labels: ['Entity', 'Organization'], kind: 'Organization' }]);
  });
});
