// Search, entity, neighbourhood and paths against the real database with the article's data.
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../server/domain/model';
import type { EntityDetails } from '../../server/graph/entity';
import type { PathsAnswer } from '../../server/graph/paths';
import type { SearchHit } from '../../server/graph/search';
import { useArticleApp } from '../support/article-app';

const ctx = useArticleApp();

const first = async (q: string): Promise<SearchHit | undefined> =>
  (await ctx.app.getJson<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`))
    .results[0];

describe('GET /api/search', () => {
  it.each([
    ['gucci', 'gucci'],
    ['YSL', 'saint-laurent'],
    ['Kering Group', 'kering'],
    ['alibaba grp', 'alibaba'],
    ['gucchi', 'gucci'],
    ['Anti-Counterfeiting Coalition', 'iacc'],
    ['fakes', 'counterfeiting'],
    ['IAC', 'iacc'],
  ])('finds %s first as %s', async (q, id) => {
    expect((await first(q))?.id).toBe(id);
  });

  it('gives kind and a one-line summary, ranked, and filters by kind', async () => {
    const hit = await first('Kering Group');
    expect(hit).toMatchObject({ kind: 'Company', name: 'Kering' });
    expect(hit?.summary).toMatch(/luxury group/);
    const { results } = await ctx.app.getJson<{ results: SearchHit[] }>(
      '/api/search?q=gucci&kinds=Company',
    );
    expect(results.map((r) => r.kind)).toEqual(results.map(() => 'Company'));
    const scores = (
      await ctx.app.getJson<{ results: SearchHit[] }>('/api/search?q=kering')
    ).results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('GET /api/entities/:id', () => {
  it('returns every fact with the other party, time, sources and quotation', async () => {
    const mk = await ctx.app.getJson<EntityDetails>('/api/entities/michael-kors');
    expect(mk.entity.name).toBe('Michael Kors');
    const called = mk.facts.find((f) => f.fact.attributes.type === 'CALLED');
    expect(called).toMatchObject({
      direction: 'out',
      other: { id: 'alibaba', name: 'Alibaba Group' },
    });
    expect(called?.fact.attributes.sources[0]?.quote?.text).toBe(
      'our most dangerous and damaging adversary',
    );
    const left = mk.facts.filter((f) => f.fact.attributes.type === 'LEFT');
    expect(left.map((f) => f.fact.attributes.time.at)).toEqual(
      expect.arrayContaining([
        { date: '2016-04', precision: 'month', wording: 'in April' },
        { date: '2016-04-21', precision: 'day' },
      ]),
    );
    expect(Object.keys(mk.sources).sort()).toEqual([
      'ap-2016-05-06-alibaba-unfit',
      'fashionista-2016-05-gucci-quits-iacc',
    ]);
    expect(mk.facts.find((f) => f.fact.attributes.type === 'WORKS_FOR')).toMatchObject({
      direction: 'in',
      sentence: 'Lee Sporn works for Michael Kors.',
    });
  });

  it('marks conflicting claims: the two spend figures and the partnership start', async () => {
    const alibaba = await ctx.app.getJson<EntityDetails>('/api/entities/alibaba');
    const conflicts = Object.fromEntries(alibaba.facts.map((f) => [f.fact.key, f.conflictsWith]));
    expect(conflicts['a-alibaba-anti-counterfeiting-spend']).toEqual([
      'o-alibaba-anti-counterfeiting-spend',
    ]);
    expect(conflicts['o-alibaba-anti-counterfeiting-spend']).toEqual([
      'a-alibaba-anti-counterfeiting-spend',
    ]);
    expect(conflicts['a-iacc-partners-alibaba']).toEqual(['o-iacc-partners-alibaba']);
    // Compatible claims are not conflicts: mid-April contains 13 April.
    expect(conflicts['a-alibaba-joins-iacc']).toEqual([]);
  });

  it('answers 404 with a problem for an unknown entity', async () => {
    const response = await ctx.app.get('/api/entities/no-such-entity');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      status: 404,
      detail: 'No entity with id "no-such-entity"',
    });
  });
});

describe('GET /api/neighbourhood', () => {
  it('grows with depth and follows filters', async () => {
    const one = await ctx.app.getJson<SerializedGraph>('/api/neighbourhood?ids=saint-laurent');
    expect(one.nodes.map((n) => n.key).sort()).toEqual(['kering', 'saint-laurent']);
    const two = await ctx.app.getJson<SerializedGraph>(
      '/api/neighbourhood?ids=saint-laurent&depth=2',
    );
    expect(two.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['gucci', 'alibaba']));
    const owns = await ctx.app.getJson<SerializedGraph>('/api/neighbourhood?ids=kering&types=OWNS');
    expect(owns.edges.map((e) => e.attributes.type)).toEqual(['OWNS', 'OWNS']);
    const brands = await ctx.app.getJson<SerializedGraph>(
      '/api/neighbourhood?ids=iacc&kinds=Brand',
    );
    expect(brands.nodes.map((n) => n.key).sort()).toEqual(['gucci', 'iacc', 'michael-kors']);
    expect(brands.attributes.truncated).toBe(false);
  });

  it('keeps only facts in a date range (undated ones pass)', async () => {
    const g = await ctx.app.getJson<SerializedGraph>(
      '/api/neighbourhood?ids=kering&from=2017-01-01&to=2017-12-31',
    );
    const dated = g.edges
      .filter((e) => Object.keys(e.attributes.time).length > 0)
      .map((e) => e.key)
      .sort();
    expect(dated).toEqual(
      [
        'o-gucci-second-lawsuit',
        'o-kering-drops-2015-lawsuit',
        'o-kering-partners-alibaba',
        'o-kering-second-lawsuit',
      ].filter((k) => k !== 'o-gucci-second-lawsuit'),
    );
  });

  it('caps the number of entities and says it was truncated', async () => {
    const g = await ctx.app.getJson<SerializedGraph>('/api/neighbourhood?ids=iacc&depth=3&limit=4');
    expect(g.nodes.length).toBeLessThanOrEqual(4);
    expect(g.attributes.truncated).toBe(true);
  });
});

describe('GET /api/paths', () => {
  it('finds Saint Laurent to eBay and explains every hop', async () => {
    const answer = await ctx.app.getJson<PathsAnswer>('/api/paths?from=saint-laurent&to=ebay');
    expect(answer.paths.length).toBeGreaterThan(0);
    for (const path of answer.paths) {
      expect(path.nodes[0]).toBe('saint-laurent');
      expect(path.nodes.at(-1)).toBe('ebay');
      expect(path.sentences).toHaveLength(path.nodes.length - 1);
      const names = new Map(answer.graph.nodes.map((n) => [n.key, n.attributes.name]));
      for (const id of path.nodes) expect(path.explanation).toContain(names.get(id));
    }
    expect(answer.paths[0]?.sentences[0]).toBe('Kering owns Saint Laurent.');
  });

  it('finds one shortest path, and none through excluded types', async () => {
    const one = await ctx.app.getJson<PathsAnswer>('/api/paths?from=kering&to=gucci&mode=shortest');
    expect(one.paths).toHaveLength(1);
    expect(one.paths[0]?.explanation).toBe('Kering owns Gucci.');
    const none = await ctx.app.getJson<PathsAnswer>(
      '/api/paths?from=saint-laurent&to=ebay&types=OWNS',
    );
    expect(none.paths).toEqual([]);
  });
});
