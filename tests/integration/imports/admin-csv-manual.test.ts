// neo4j-admin import semantics with files shaped like those of Neo4j's import-tool manual
// (movies, actors, roles): ID spaces, several labels a row, a separate header file, a custom
// quote and array delimiter; and the product's own names in a user's relationship file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../server/imports/import-files';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { clearDatabase, testGateway } from '../../support/database';

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-admin-'));
let gateway: Neo4jGateway;

function write(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
});
afterAll(() => gateway.close());

describe("neo4j-admin import's files, as its manual writes them", () => {
  it('keeps ID spaces apart, every label, a header file, a custom quote and array delimiter', async () => {
    const moviesHeader = write('movies_header.csv', ['movieId:ID(Movie),title,year:int,:LABEL']);
    const movies1 = write('movies-part1.csv', ["1,'The Matrix',1999,Movie"]);
    const movies2 = write('movies-part2.csv', [
      "2,'The Matrix Reloaded',2003,Movie|Sequel",
      "3,'The Matrix Revolutions, the end',2003,Movie|Sequel",
    ]);
    const actors = write('actors.csv', [
      'personId:ID(Actor),name,:LABEL',
      "1,'Keanu Reeves',Actor",
      "2,'Laurence Fishburne',Actor",
      "3,'Carrie-Anne Moss',Actor",
    ]);
    const roles = write('roles.csv', [
      ':START_ID(Actor),role,:END_ID(Movie),:TYPE',
      "1,'Neo',1,ACTED_IN",
      "1,'Neo',2,ACTED_IN",
      "2,'Morpheus',1,ACTED_IN",
      "3,'Trinity',3,ACTED_IN",
    ]);
    const result = await importFiles(gateway, {
      format: 'csv',
      nodes: [`${moviesHeader},${movies1},${movies2}`, actors],
      relationships: [roles],
      quote: "'",
      arrayDelimiter: '|',
    });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, entities: 6, facts: 4 });
    const sequels = await gateway.read(
      'MATCH (n:Sequel) RETURN n.id AS id, n.name AS name, n.year AS year ORDER BY id',
    );
    expect(sequels).toEqual([
      { id: 'Movie:2', name: 'The Matrix Reloaded', year: 2003 },
      { id: 'Movie:3', name: 'The Matrix Revolutions, the end', year: 2003 },
    ]);
    const [labels] = await gateway.read(
      "MATCH (n:Entity {id: 'Movie:2'}) RETURN labels(n) AS labels, valueType(n.year) AS type",
    );
    expect(labels).toEqual({
      labels: expect.arrayContaining(['Entity', 'Movie', 'Sequel']) as string[],
      type: 'INTEGER NOT NULL',
    });
    const keanu = await gateway.read(
      "MATCH (a:Actor {id: 'Actor:1'})-[r:ACTED_IN]->(m:Movie) RETURN m.name AS movie, r.role AS role ORDER BY movie",
    );
    expect(keanu).toEqual([
      { movie: 'The Matrix', role: 'Neo' },
      { movie: 'The Matrix Reloaded', role: 'Neo' },
    ]);
  });

  it('refuses a label that cannot be one, naming the row', async () => {
    const nodes = write('bad-labels.csv', [':ID,name,:LABEL', 'z,Z,Company;Legal Entity']);
    const result = await importFiles(gateway, { format: 'csv', nodes: [nodes], relationships: [] });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: ':LABEL',
        message: expect.stringContaining('"Legal Entity" cannot be a label') as string,
      }),
    ]);
  });

  it('reads documented and product names as what they mean; other clashes go under attr_', async () => {
    const nodes = write('named-nodes.csv', [
      ':ID,name,:LABEL,kind,file',
      'p1,P One,Person,theirs,their-file',
      'c1,C One,Company,,',
    ]);
    const rels = write('named-rels.csv', [
      ':START_ID,:END_ID,:TYPE,startDate,endDate,claim,citations_note',
      'p1,c1,WORKS_FOR,2014-07,2016-02-03,c-1,x',
    ]);
    const result = await importFiles(gateway, {
      format: 'csv',
      nodes: [nodes],
      relationships: [rels],
    });
    expect(result.problems).toEqual([]);
    const [fact] = await gateway.read(
      "MATCH (:Entity {id: 'p1'})-[r:WORKS_FOR]->() RETURN r.startDate AS start, r.startPrecision AS sp, r.endDate AS end, r.endPrecision AS ep, r.claim AS claim, r.citations_note AS note",
    );
    expect(fact).toEqual({
      start: '2014-07',
      sp: 'month',
      end: '2016-02-03',
      ep: 'day',
      claim: 'c-1',
      note: 'x',
    });
    const [p1] = await gateway.read(
      "MATCH (e:Entity {id: 'p1'}) RETURN e.kind AS kind, e.attr_kind AS theirs, e.file AS file",
    );
    // `kind` names no entity kind: the label decides it, and the user's value is kept apart.
    expect(p1).toEqual({ kind: 'Person', theirs: 'theirs', file: 'named-nodes.csv' });
    const [mine] = await gateway.read("MATCH (e:Entity {id: 'p1'}) RETURN e.attr_file AS file");
    expect(mine).toEqual({ file: 'their-file' });
  });

  it("imports FollowTheMoney's export-neo4j-bulk output as neo4j-admin would", async () => {
    const people = write('Person.csv', [
      'id:ID,:LABEL,caption,name,nationality',
      'p-ann,Person;LegalEntity;Thing,Ann Smith,Ann Smith;A. Smith,fr',
    ]);
    const companies = write('Company.csv', [
      'id:ID,:LABEL,caption,name,jurisdiction',
      'c-eta,Company;Organization;LegalEntity;Asset;Thing,Eta Corp,Eta Corp,de',
      'c-eta-sub,Company;Organization;LegalEntity;Asset;Thing,Eta Sub,Eta Sub,de',
    ]);
    const ownership = write('Ownership.csv', [
      'id,:TYPE,:START_ID,:END_ID,startDate,endDate,percentage',
      'own-1,OWNERSHIP,p-ann,c-eta,2019-05,2021-02-16,40',
    ]);
    const links = write('_links.csv', [
      ':TYPE,:START_ID,:END_ID,weight',
      'PARENT,c-eta-sub,c-eta,1',
    ]);
    const nodes = write('_nodes.csv', ['id:ID,:LABEL,caption']);
    const result = await importFiles(gateway, {
      format: 'csv',
      nodes: [nodes, people, companies],
      relationships: [links, ownership],
    });
    expect(result.problems).toEqual([]);
    const [own] = await gateway.read(
      "MATCH (:Person {id: 'p-ann'})-[r:OWNERSHIP]->(:Company {id: 'c-eta'}) RETURN r.startDate AS start, r.endDate AS end, r.percentage AS pct",
    );
    expect(own).toEqual({ start: '2019-05', end: '2021-02-16', pct: '40' });
    const [ann] = await gateway.read(
      "MATCH (e:Entity:LegalEntity {id: 'p-ann'}) RETURN e.name AS name, e.aliases AS aliases",
    );
    expect(ann).toEqual({ name: 'Ann Smith', aliases: ['A. Smith'] });
    expect(
      await gateway.read("MATCH (:Entity {id: 'c-eta-sub'})-[r:PARENT]->() RETURN count(r) AS n"),
    ).toEqual([{ n: 1 }]);
  });
});
