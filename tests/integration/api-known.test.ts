// "As known on" a day against the real database: a rename, a retraction and records added later,
// written as the authoring service writes them; known= on the entity page, neighbourhood,
// whole graph and export gives the graph as it was recorded, and refuses malformed days.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetails } from '../../server/domain/api';
import type { SerializedGraph } from '../../server/domain/model';
import { useArticleApp } from '../support/article-app';
import { entityOf, factOf, recordedLongAgo, writeRevision } from '../support/revisions';

const ctx = useArticleApp();

/** A graph with its nodes and edges in key order, to compare graphs read differently. */
const sorted = (g: SerializedGraph): SerializedGraph => ({
  ...g,
  nodes: [...g.nodes].sort((a, b) => a.key.localeCompare(b.key)),
  edges: [...g.edges].sort((a, b) => a.key.localeCompare(b.key)),
});

let before: SerializedGraph;

beforeAll(async () => {
  await recordedLongAgo(ctx.gateway);
  before = await ctx.app.getJson<SerializedGraph>('/api/export?format=json');
  const gucci = before.nodes.find((n) => n.key === 'gucci');
  const owns = before.edges.find((e) => e.key === 'a-kering-owns-gucci');
  if (!gucci || !owns) throw new Error('the article has changed');
  const g = ctx.gateway;
  // Hand-written revisions take numbers far above the loader's own (one per data file) and the
  // browser tests' (9001+), which share this database.
  // 1 March 2020: Gucci renamed. 2 March: Kering owns Gucci retracted. 3 March: a new company
  // (by the authoring service) and a fact about it (by a loader: recordedAt, no revision).
  await writeRevision(g, {
    seq: 9101,
    at: '2020-03-01T10:00:00Z',
    action: 'update',
    target: 'entity',
    targetId: 'gucci',
    before: entityOf(gucci),
    after: { ...entityOf(gucci), name: 'Gucci (renamed)' },
  });
  await g.write("MATCH (e:Entity {id: 'gucci'}) SET e.name = 'Gucci (renamed)', e.revision = 9101");
  await writeRevision(g, {
    seq: 9102,
    at: '2020-03-02T23:59:59Z',
    action: 'retract',
    target: 'fact',
    targetId: owns.key,
    before: factOf(owns),
    after: null,
  });
  await g.write('MATCH ()-[r {id: $id}]->() DELETE r', { id: owns.key });
  await writeRevision(g, {
    seq: 9103,
    at: '2020-03-03T00:00:00Z',
    action: 'create',
    target: 'entity',
    targetId: 'new-co',
    before: null,
    after: { id: 'new-co', kind: 'Company', name: 'New Co', aliases: [] },
  });
  await g.write(
    `CREATE (n:Entity:Company {id: 'new-co', kind: 'Company', name: 'New Co', aliases: [],
       recordedAt: datetime('2020-03-03T00:00:00Z'), revision: 9103})
     WITH n MATCH (gucci:Entity {id: 'gucci'})
     CREATE (n)-[:OWNS {id: 'f-new-owns-gucci', recordedAt: datetime('2020-03-04T08:00:00Z'),
       citations: '[{"source":"fashionista"}]'}]->(gucci)`,
  );
});

describe('known= on the whole graph and export', () => {
  it('gives, for a day before every change, exactly the export made before them', async () => {
    const then = await ctx.app.getJson<SerializedGraph>('/api/export?format=json&known=2020-02-29');
    expect(sorted(then)).toEqual(sorted(before));
    const graph = await ctx.app.getJson<SerializedGraph>('/api/graph?known=2020-02-29');
    expect(sorted(graph).edges).toEqual(sorted(before).edges);
  });

  it('counts a change from the end of its day (UTC) on, and none after it', async () => {
    const day1 = await ctx.app.getJson<SerializedGraph>('/api/graph?known=2020-03-01');
    expect(day1.nodes.find((n) => n.key === 'gucci')?.attributes.name).toBe('Gucci (renamed)');
    expect(day1.edges.some((e) => e.key === 'a-kering-owns-gucci')).toBe(true);
    const day2 = await ctx.app.getJson<SerializedGraph>('/api/graph?known=2020-03-02');
    expect(day2.edges.some((e) => e.key === 'a-kering-owns-gucci')).toBe(false);
    expect(day2.nodes.some((n) => n.key === 'new-co')).toBe(false);
    const day3 = await ctx.app.getJson<SerializedGraph>('/api/graph?known=2020-03-03');
    expect(day3.nodes.some((n) => n.key === 'new-co')).toBe(true);
    expect(day3.edges.some((e) => e.key === 'f-new-owns-gucci')).toBe(false);
    const now = await ctx.app.getJson<SerializedGraph>('/api/graph');
    expect(now.edges.some((e) => e.key === 'f-new-owns-gucci')).toBe(true);
  });
});

describe('known= on the entity page and neighbourhood', () => {
  it('shows the entity and its facts as recorded then', async () => {
    const then = await ctx.app.getJson<EntityDetails>('/api/entities/gucci?known=2020-02-29');
    expect(then.entity.name).toBe('Gucci');
    expect(then.facts.map((f) => f.fact.key)).toContain('a-kering-owns-gucci');
    const owns = then.facts.find((f) => f.fact.key === 'a-kering-owns-gucci');
    expect(owns?.sentence).toMatch(/Kering/);
    const now = await ctx.app.getJson<EntityDetails>('/api/entities/gucci');
    expect(now.entity.name).toBe('Gucci (renamed)');
    expect(now.facts.map((f) => f.fact.key)).not.toContain('a-kering-owns-gucci');
    expect((await ctx.app.get('/api/entities/new-co?known=2020-03-02')).status).toBe(404);
  });

  it('walks the neighbourhood over the facts known then, filters applied to restored ones', async () => {
    const then = await ctx.app.getJson<SerializedGraph>(
      '/api/neighbourhood?ids=kering&known=2020-02-29',
    );
    expect(then.nodes.map((n) => n.key)).toContain('gucci');
    const typed = await ctx.app.getJson<SerializedGraph>(
      '/api/neighbourhood?ids=kering&known=2020-02-29&types=SUED',
    );
    expect(typed.edges.map((e) => e.attributes.type)).toEqual(typed.edges.map(() => 'SUED'));
    const now = await ctx.app.getJson<SerializedGraph>('/api/neighbourhood?ids=kering');
    expect(now.edges.map((e) => e.key)).not.toContain('a-kering-owns-gucci');
    const missing = await ctx.app.get('/api/neighbourhood?ids=new-co&known=2020-03-02');
    expect(missing.status).toBe(404);
  });
});

describe('known= refused when it is not a day', () => {
  it.each([
    '/api/graph?known=2020-02-30',
    '/api/graph?known=yesterday',
    '/api/graph?known=2020-03-01&known=2020-03-02',
    '/api/entities/gucci?known=2020-3-1',
    "/api/neighbourhood?ids=gucci&known=2020-03-01'%20OR%201=1",
    '/api/export?format=json&known=%00',
  ])('%s is 400 problem+json naming known', async (path) => {
    const res = await ctx.app.get(path);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.text()).toMatch(/known/);
  });
});
