// The importers' write queries as Neo4j plans them: no Eager operator (which would hold every
// row of a batch in memory), and MERGE on the constrained id (an index seek, not a scan).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../server/load/loader';
import { factQuery } from '../../../server/imports/fact-query';
import { sharedFactParams } from '../../../server/imports/write-pass';
import { cypher, plannedOnce } from '../../../server/neo4j/cypher-files';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { testGateway } from '../../support/database';

let gateway: Neo4jGateway;

beforeAll(async () => {
  gateway = testGateway();
  await ensureSchema(gateway);
  // Plans depend on what the database holds: give the planner a graph to weigh.
  await gateway.write(
    "UNWIND range(1, 2000) AS i CREATE (e:Entity:Other {id: 'plan-' + i, kind: 'Other', name: 'x'})",
  );
  await gateway.write(
    "UNWIND range(1, 1999) AS i MATCH (a:Entity {id: 'plan-' + i}), (b:Entity {id: 'plan-' + (i + 1)}) CREATE (a)-[:PLAN_LINK {id: 'plan-r' + i}]->(b)",
  );
});
afterAll(async () => {
  await gateway.write("MATCH (e:Entity) WHERE e.id STARTS WITH 'plan-' DETACH DELETE e");
  await gateway.close();
});

const entity = {
  id: 'Q42',
  kind: 'Person',
  otherKinds: ['Company', 'Brand'],
  name: 'Q42',
  aliases: [],
  aliasText: '',
  summary: 'human',
  sourceType: 'human',
  originalId: null,
  file: 'train.txt',
  extra: { country: 'gb' },
};
const fact = {
  id: 'f-1',
  type: 'COUNTRY_OF_CITIZENSHIP',
  subject: 'Q42',
  object: 'Q145',
  props: { atDate: '2016', atPrecision: 'year' },
  attributes: { property: 'P27', amount_eur: 12 },
};

const queries: [string, string, Record<string, unknown>][] = [
  ['import-entities', plannedOnce('import-entities'), { rows: [entity] }],
  ['import-implied-entities', plannedOnce('import-implied-entities'), { rows: [entity] }],
  ['import-stored', plannedOnce('import-stored'), { rows: [entity] }],
  [
    'import-facts with attributes',
    factQuery(['at', 'start'], ['property', 'amount_eur']),
    { rows: [fact], ...sharedFactParams('s', 'train.txt') },
  ],
  [
    'import-facts for one type',
    factQuery(['at'], ['property'], { mode: 'typed', type: 'COUNTRY_OF_CITIZENSHIP' }),
    { rows: [fact], ...sharedFactParams('s', 'train.txt') },
  ],
  [
    'import-facts creating',
    factQuery(['at'], ['property'], { mode: 'create' }),
    { rows: [fact], ...sharedFactParams('s', 'train.txt') },
  ],
  [
    'import-source',
    cypher('import-source'),
    { id: 's', title: 't', publisher: 'p', file: 'f', published: '2026-01-01' },
  ],
  ['existing-entities', cypher('existing-entities'), { ids: ['Q42'] }],
];

describe('import write queries', () => {
  it.each(queries)('%s plans without an Eager operator', async (_name, query, params) => {
    const plan = await gateway.explain(query, params);
    const operators = plan.operators.map((o) => o.name);
    expect(operators.some((o) => /eager/i.test(o))).toBe(false);
  });

  it.each(queries.filter(([name]) => name !== 'import-source'))(
    '%s finds entities through the id constraint',
    async (_name, query, params) => {
      const plan = await gateway.explain(query, params);
      const seeks = plan.operators.filter((o) => /NodeUniqueIndexSeek|NodeIndexSeek/.test(o.name));
      expect(seeks.map((o) => o.details).join(' ')).toMatch(/:Entity\(id\)/);
    },
  );

  it.each(queries.filter(([name]) => name.startsWith('import-facts')))(
    '%s never scans relationships for a row',
    async (_name, query, params) => {
      const plan = await gateway.explain(query, params);
      const names = plan.operators.map((o) => o.name);
      expect(
        names.filter((o) => /RelationshipTypeScan|AllRelationships|AllNodesScan/.test(o)),
      ).toEqual([]);
    },
  );
});
