// The article's graph in a real Neo4j answers the questions analysts and journalists ask.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../server/domain/model';
import { activeOn, statesOn } from '../../server/domain/snapshot';
import { readWholeGraph } from '../../server/graph/graph-service';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { loadBundledData, testGateway } from '../support/database';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

/** The article uses built-in fact types only. */
const BUILT_IN = new FactTypeRegistry();

let gateway: Neo4jGateway;
let graph: SerializedGraph;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  graph = await readWholeGraph(gateway);
});
afterAll(() => gateway.close());

describe('the article graph', () => {
  it('knows which brands left the IACC and when, by each source', async () => {
    const rows = await gateway.read(
      `MATCH (b:Brand)-[r:LEFT]->(:Organization {id: 'iacc'})
       RETURN b.name AS brand, r.atDate AS date, r.atPrecision AS precision,
              r.atWording AS wording, r.sourceIds AS sources
       ORDER BY brand, date, r.id`,
    );
    expect(rows).toEqual([
      {
        brand: 'Gucci',
        date: '2016-05-04',
        precision: 'day',
        wording: 'last Wednesday',
        sources: ['fashionista-2016-05-gucci-quits-iacc'],
      },
      {
        brand: 'Gucci',
        date: '2016-05-04',
        precision: 'day',
        wording: null,
        sources: ['ap-2016-05-07-gucci-quits'],
      },
      {
        brand: 'Michael Kors',
        date: '2016-04',
        precision: 'month',
        wording: 'in April',
        sources: ['fashionista-2016-05-gucci-quits-iacc'],
      },
      {
        brand: 'Michael Kors',
        date: '2016-04-21',
        precision: 'day',
        wording: null,
        sources: ['ap-2016-05-06-alibaba-unfit'],
      },
    ]);
  });

  it('knows who owns Gucci', async () => {
    const rows = await gateway.read(
      `MATCH (owner:Entity)-[:OWNS]->(:Entity {id: $id}) RETURN owner.name AS owner`,
      { id: 'gucci' },
    );
    expect(rows).toEqual([{ owner: 'Kering' }]);
  });

  it('knows who is suing Alibaba, with the case and its dates', async () => {
    const rows = await gateway.read(
      `MATCH (p:Entity)-[r:SUED]->(:Entity {id: 'alibaba'})
       RETURN p.name AS plaintiff, r.startDate AS filed, r.endDate AS ended, r.case AS case
       ORDER BY filed, plaintiff`,
    );
    expect(rows).toEqual([
      { plaintiff: 'Kering', filed: '2014-07-09', ended: '2014-07', case: null },
      { plaintiff: 'Gucci', filed: '2015-05-15', ended: '2017-08-03', case: '15-cv-03784' },
      { plaintiff: 'Kering', filed: '2015-05-15', ended: '2017-08-03', case: '15-cv-03784' },
      { plaintiff: 'Kering', filed: null, ended: null, case: null },
    ]);
    // The article's own claim: a suit pending when it was published, its filing date not given.
    const [pending] = await gateway.read(
      `MATCH (:Entity {id: 'kering'})-[r:SUED {id: 'a-kering-sues-alibaba'}]->(:Entity {id: 'alibaba'})
       RETURN r.claim AS claim, r.pendingAsOf AS pendingAsOf`,
    );
    expect(pending).toEqual({ claim: 'kering-sues-alibaba-2015', pendingAsOf: '2016-05' });
  });

  it('lists what happened in 2014, by range overlap so year and month precision both count', async () => {
    const rows = await gateway.read(
      `MATCH (s:Entity)-[r]->(o:Entity)
       WHERE any(p IN ['at', 'start', 'end'] WHERE
         r[p + 'Earliest'] <= date($to) AND r[p + 'Latest'] >= date($from))
       RETURN DISTINCT s.id + ' ' + type(r) + ' ' + o.id AS fact
       ORDER BY fact`,
      { from: '2014-01-01', to: '2014-12-31' },
    );
    expect(rows.map((r) => r.fact)).toEqual([
      'alibaba SPENT_ON counterfeiting',
      'iacc PARTNERED_WITH alibaba',
      'kering DROPPED_LAWSUIT_AGAINST alibaba',
      'kering SUED alibaba',
    ]);
  });

  it('knows who was a member of the IACC on 2016-04-15 and on 2016-05-10', () => {
    const members = (day: string): string[] =>
      activeOn(graph.edges, day, BUILT_IN)
        .filter((s) => s.edges[0]?.attributes.type === 'MEMBER_OF' && s.edges[0].target === 'iacc')
        .map((s) => s.edges[0]?.source ?? '')
        .sort();
    // Gucci's and Michael Kors's starts are unknown: before their ends, uncertain (not active).
    expect(members('2016-04-15')).toEqual(['alibaba']);
    expect(
      statesOn(graph.edges, '2016-04-15', BUILT_IN)
        .filter((s) => s.state === 'uncertain' && s.edges[0]?.target === 'iacc')
        .map((s) => s.edges[0]?.source)
        .sort(),
    ).toEqual(['gucci', 'michael-kors']);
    expect(members('2016-05-10')).toEqual(['alibaba']);
    expect(members('2016-05-14')).toEqual([]);
    // Nobody's start date is invented: Gucci's and Michael Kors's stay unknown.
    const gucci = graph.edges.filter(
      (e) => e.source === 'gucci' && e.attributes.type === 'MEMBER_OF',
    );
    expect(gucci.every((e) => e.attributes.time.start === undefined)).toBe(true);
  });

  it('keeps both conflicting spend figures, each with its own source', async () => {
    const rows = await gateway.read(
      `MATCH (:Entity {id: 'alibaba'})-[r:SPENT_ON]->(:Entity {id: 'counterfeiting'})
       RETURN r.claim AS claim, r.amount AS amount, r.currency AS currency, r.sourceIds AS sources
       ORDER BY amount`,
    );
    expect(rows).toEqual([
      {
        claim: 'alibaba-anti-counterfeiting-spend',
        amount: 16100000,
        currency: 'USD',
        sources: ['fashionista-2016-05-gucci-quits-iacc'],
      },
      {
        claim: 'alibaba-anti-counterfeiting-spend',
        amount: 1000000000,
        currency: 'CNY',
        sources: ['reuters-2014-12-23-alibaba-counterfeits'],
      },
    ]);
  });

  it('keeps the quotation with its speaker, and finds entities by alias', async () => {
    const called = graph.edges.find((e) => e.attributes.type === 'CALLED');
    expect(called?.attributes.sources[0]?.quote).toEqual({
      text: 'our most dangerous and damaging adversary',
      speaker: 'michael-kors',
    });
    const rows = await gateway.read(
      `CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id LIMIT 1`,
      { q: 'YSL' },
    );
    expect(rows).toEqual([{ id: 'saint-laurent' }]);
  });
});
