// Timeline, snapshot and exports against the real database with the article's data.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../server/domain/model';
import type { Changes } from '../../server/graph/changes-service';
import type { Snapshot } from '../../server/graph/snapshot-service';
import type { Timeline } from '../../server/graph/timeline';
import { statements } from '../../server/neo4j/cypher-files';
import { clearDatabase, counts, loadBundledData } from '../support/database';
import { useArticleApp } from '../support/article-app';

const ctx = useArticleApp();

describe('GET /api/timeline', () => {
  it('orders events by what is known and keeps each precision', async () => {
    const { events } = await ctx.app.getJson<Timeline>('/api/timeline');
    const earliest = events.map((e) => e.earliest);
    expect([...earliest].sort()).toEqual(earliest);
    const mkArticle = events.find((e) => e.fact === 'a-michael-kors-leaves-iacc');
    expect(mkArticle).toMatchObject({
      time: { date: '2016-04', precision: 'month', wording: 'in April' },
      earliest: '2016-04-01',
      latest: '2016-04-30',
      when: 'April 2016',
    });
    const midApril = events.find((e) => e.fact === 'a-alibaba-joins-iacc');
    expect(midApril).toMatchObject({
      earliest: '2016-04-11',
      latest: '2016-04-20',
      when: 'between 11 and 20 April 2016',
    });
    // The 2014 events come before the 2015 lawsuit.
    const index = (id: string): number => events.findIndex((e) => e.id === id);
    expect(index('o-kering-first-lawsuit:start')).toBeLessThan(
      index('o-kering-second-lawsuit:start'),
    );
    expect(index('o-kering-drops-2014-lawsuit')).toBeLessThan(
      index('o-kering-second-lawsuit:start'),
    );
  });

  it('filters by entity, type and range', async () => {
    const april = await ctx.app.getJson<Timeline>('/api/timeline?from=2016-04-01&to=2016-04-30');
    expect(new Set(april.events.map((e) => e.fact))).toEqual(
      new Set([
        'a-alibaba-joins-iacc',
        'o-alibaba-joins-iacc',
        'a-alibaba-member-of-iacc',
        'o-alibaba-member-of-iacc',
        'a-michael-kors-leaves-iacc',
        'o-michael-kors-leaves-iacc',
        'a-michael-kors-member-of-iacc',
        'o-michael-kors-member-of-iacc',
        'a-ebay-declines-iacc',
      ]),
    );
    const gucci = await ctx.app.getJson<Timeline>('/api/timeline?entity=gucci&types=LEFT');
    expect(gucci.events.map((e) => e.sentence)).toEqual([
      'Gucci left International Anti-Counterfeiting Coalition on 4 May 2016.',
      'Gucci left International Anti-Counterfeiting Coalition on 4 May 2016.',
    ]);
    expect(gucci.events.map((e) => e.sources[0]?.source).sort()).toEqual([
      'ap-2016-05-07-gucci-quits',
      'fashionista-2016-05-gucci-quits-iacc',
    ]);
  });
});

describe('GET /api/snapshot', () => {
  const members = (s: Snapshot): string[] =>
    s.active
      .filter((x) => x.type === 'MEMBER_OF' && x.object === 'iacc')
      .map((x) => x.subject)
      .sort();

  it('shows the IACC members as the facts say on 2016-04-15 and 2016-05-10', async () => {
    const before = await ctx.app.getJson<Snapshot>('/api/snapshot?date=2016-04-15');
    const after = await ctx.app.getJson<Snapshot>('/api/snapshot?date=2016-05-10');
    // Gucci's and Michael Kors's memberships have a known end and no known start: before
    // their end they are uncertain, not surely in force (and still drawn, as uncertain).
    expect(members(before)).toEqual(['alibaba']);
    expect(
      before.uncertain
        .filter((x) => x.type === 'MEMBER_OF' && x.object === 'iacc')
        .map((x) => x.subject)
        .sort(),
    ).toEqual(['gucci', 'michael-kors']);
    expect(before.graph.edges.map((e) => e.key)).toContain('o-gucci-member-of-iacc');
    expect(members(after)).toEqual(['alibaba']);
    expect(after.graph.edges.map((e) => e.key)).not.toContain('o-gucci-member-of-iacc');
  });

  it('shows pending lawsuits', async () => {
    const s = await ctx.app.getJson<Snapshot>('/api/snapshot?date=2016-05-10');
    const suits = s.active
      .filter((x) => x.type === 'SUED')
      .map((x) => x.claim)
      .sort();
    expect(suits).toEqual(['gucci-sues-alibaba-2015', 'kering-sues-alibaba-2015']);
  });
});

describe('GET /api/changes', () => {
  it('names exactly the four changes between 2016-04-01 and 2016-05-15, with dates and sources', async () => {
    const answer = await ctx.app.getJson<Changes>('/api/changes?from=2016-04-01&to=2016-05-15');
    expect(answer.changes.map((c) => c.sentence)).toEqual([
      'Began 13 April 2016: Alibaba Group was a member of International Anti-Counterfeiting Coalition.',
      'Ended 21 April 2016: Michael Kors was a member of International Anti-Counterfeiting Coalition.',
      'Ended 4 May 2016: Gucci was a member of International Anti-Counterfeiting Coalition.',
      'Ended 13 May 2016: Alibaba Group was a member of International Anti-Counterfeiting Coalition.',
    ]);
    expect(answer.changes.every((c) => c.certain)).toBe(true);
    expect(answer.changes[3]?.sources).toContain('fashion-law-2016-05-alibaba-suspended');
    expect(Object.keys(answer.sources)).toContain('ap-2016-05-06-alibaba-unfit');
  });

  it('refuses a range that ends before it starts', async () => {
    const response = await ctx.app.get('/api/changes?from=2016-05-15&to=2016-04-01');
    expect(response.status).toBe(400);
  });
});

describe('GET /api/export', () => {
  it('exports GraphML that parses, with every entity and fact', async () => {
    const response = await ctx.app.get('/api/export?format=graphml');
    expect(response.headers.get('content-type')).toMatch(/application\/graphml\+xml/);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()) as {
      graphml: { graph: { node: unknown[]; edge: unknown[] } };
    };
    expect(parsed.graphml.graph.node).toHaveLength(17);
    expect(parsed.graphml.graph.edge).toHaveLength(33);
  });

  it('exports a neighbourhood as JSON and CSV in neo4j-admin format', async () => {
    const json = await ctx.app.getJson<SerializedGraph>(
      '/api/export?format=json&ids=kering&types=OWNS',
    );
    expect(json.nodes.map((n) => n.key).sort()).toEqual(['gucci', 'kering', 'saint-laurent']);
    const nodes = await (
      await ctx.app.get('/api/export?format=csv-nodes&ids=kering&types=OWNS')
    ).text();
    expect(nodes.split('\n')[0]).toMatch(/^id:ID,:LABEL,/);
    expect(nodes.trim().split('\n')).toHaveLength(4);
    const rels = await (
      await ctx.app.get('/api/export?format=csv-relationships&ids=kering&types=OWNS')
    ).text();
    expect(rels.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,/);
    expect(rels).toContain('kering,gucci,OWNS,a-kering-owns-gucci');
  });

  it('exports a Cypher script that recreates the same counts in an empty database', async () => {
    const before = await counts(ctx.gateway);
    const script = await (await ctx.app.get('/api/export?format=cypher')).text();
    await ctx.gateway.write('MATCH (n) DETACH DELETE n');
    for (const statement of script
      .split(/;\n/)
      .map((s) => s.replace(/^\/\/.*$/gm, '').trim())
      .filter(Boolean)) {
      await ctx.gateway.write(statement);
    }
    expect(await counts(ctx.gateway)).toEqual(before);
    const [row] = await ctx.gateway.read(
      "MATCH (:Entity {id: 'kering'})-[r:SUED]->() WHERE r.case = '15-cv-03784' RETURN r.startDate AS d",
    );
    expect(row).toEqual({ d: '2015-05-15' });
    await clearDatabase(ctx.gateway);
    await loadBundledData(ctx.gateway);
    expect(statements('schema').length).toBeGreaterThan(3);
  });
});
