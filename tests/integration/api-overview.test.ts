// GET /api/hubs, /api/communities and /api/communities/{community} against the real database
// (the article's graph): the hub list agrees with Neo4j's own counts, the communities cover every
// linked entity once, and a community's members come with the facts among them.
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../server/domain/model';
import type { CommunitiesAnswer, HubsAnswer } from '../../server/domain/api';
import { LIMITS } from '../../server/domain/limits';
import { asText } from '../../server/neo4j/to-plain';
import { useArticleApp } from '../support/article-app';

const ctx = useArticleApp();

/** Every entity's number of facts, counted by Neo4j itself. */
async function degrees(): Promise<Map<string, number>> {
  const rows = await ctx.gateway.read(
    'MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)--(:Entity) } AS degree',
  );
  return new Map(rows.map((r) => [asText(r.id), Number(r.degree)]));
}

describe('GET /api/hubs', () => {
  it('ranks the best-connected entities first, with their names, kinds and facts', async () => {
    const { hubs } = await ctx.app.getJson<HubsAnswer>('/api/hubs');
    const counted = await degrees();
    const best = Math.max(...counted.values());
    expect(hubs.length).toBe(
      Math.min(LIMITS.hubList, [...counted.values()].filter(Boolean).length),
    );
    expect(hubs[0]?.facts).toBe(best);
    for (const hub of hubs) expect(hub.facts, hub.id).toBe(counted.get(hub.id));
    const facts = hubs.map((h) => h.facts);
    expect(facts).toEqual([...facts].sort((a, b) => b - a));
    expect(hubs.find((h) => h.id === 'kering')).toMatchObject({ name: 'Kering', kind: 'Company' });
  });

  it('refuses parameters it does not know', async () => {
    const response = await fetch(`${ctx.app.url}/api/hubs?limit=5`);
    expect(response.status).toBe(400);
  });
});

describe('GET /api/communities', () => {
  it('partitions every linked entity once, labelled by its best-connected members', async () => {
    const answer = await ctx.app.getJson<CommunitiesAnswer>('/api/communities');
    const linked = [...(await degrees()).values()].filter((d) => d > 0).length;
    expect(answer.total.entities).toBe(linked);
    expect(answer.total.truncated).toBe(false);
    expect(answer.communities.length).toBeGreaterThan(1);
    expect(answer.communities.reduce((s, c) => s + c.size, 0)).toBe(linked);
    const sizes = answer.communities.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const c of answer.communities) {
      expect(c.hubs.length).toBeGreaterThan(0);
      expect(c.label.startsWith(c.hubs[0]?.name ?? '?'), c.label).toBe(true);
    }
    const ids = new Set(answer.communities.map((c) => c.id));
    for (const l of answer.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    expect(answer.modularity).toBeGreaterThan(0);
  });

  it('gives the same communities on every ask (seeded Louvain)', async () => {
    const first = await ctx.app.getJson<CommunitiesAnswer>('/api/communities');
    const again = await ctx.app.getJson<CommunitiesAnswer>('/api/communities');
    expect(again).toEqual(first);
  });
});

describe('GET /api/communities/{community}', () => {
  it("answers the community's members and the facts among them", async () => {
    const { communities } = await ctx.app.getJson<CommunitiesAnswer>('/api/communities');
    const c0 = communities[0];
    const graph = await ctx.app.getJson<SerializedGraph>(`/api/communities/${c0?.id}`);
    expect(graph.attributes).toMatchObject({ community: c0?.id, truncated: false });
    expect(graph.attributes.total).toEqual({ entities: c0?.size, facts: c0?.facts });
    const keys = new Set(graph.nodes.map((n) => n.key));
    expect(keys.has(c0?.hubs[0]?.id ?? '?')).toBe(true);
    expect(graph.edges.length).toBe(c0?.facts);
    for (const e of graph.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
  });

  it('says 404 for a community the graph lacks and 400 for a malformed id', async () => {
    expect((await fetch(`${ctx.app.url}/api/communities/c99999`)).status).toBe(404);
    const bad = await fetch(`${ctx.app.url}/api/communities/x'1`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
