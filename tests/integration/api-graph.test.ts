// GET /api/graph and /api/health against the real database.
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../server/domain/model';
import { useArticleApp } from '../support/article-app';
import { serveApp } from '../support/http-app';

const ctx = useArticleApp();

describe('GET /api/graph', () => {
  it('returns the whole graph in graphology serialized form, with sources', async () => {
    const response = await fetch(`${ctx.app.url}/api/graph`);
    expect(response.status).toBe(200);
    const graph = (await response.json()) as SerializedGraph;
    expect(graph.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(graph.nodes).toHaveLength(17);
    expect(graph.edges).toHaveLength(33);
    expect(graph.nodes.find((n) => n.key === 'saint-laurent')?.attributes).toMatchObject({
      kind: 'Brand',
      name: 'Saint Laurent',
      aliases: expect.arrayContaining(['YSL']) as unknown,
    });
    const joined = graph.edges.find((e) => e.key === 'a-alibaba-joins-iacc');
    expect(joined).toMatchObject({ source: 'alibaba', target: 'iacc' });
    expect(joined?.attributes.time.at).toEqual({
      date: '2016-04',
      precision: 'approximate',
      earliest: '2016-04-11',
      latest: '2016-04-20',
      wording: 'mid-April',
      note: expect.stringMatching(/mid-April/) as unknown,
    });
    expect(graph.attributes.sources['ap-2016-05-07-gucci-quits']).toMatchObject({
      publisher: 'associated-press',
      published: '2016-05-07',
      author: 'Erika Kinetz (Shanghai)',
    });
    for (const edge of graph.edges) {
      for (const citation of edge.attributes.sources) {
        expect(graph.attributes.sources, `${edge.key} cites ${citation.source}`).toHaveProperty(
          citation.source,
        );
      }
    }
  });

  it('says the process is alive and the database ready, with counts', async () => {
    expect(await ctx.app.getJson('/api/health')).toEqual({
      status: 'ok',
      database: 'up',
      analystQueries: { running: 0, limit: 2 },
    });
    expect(await ctx.app.getJson('/api/ready')).toEqual({
      status: 'ready',
      database: 'neo4j',
      counts: { entities: 17, sources: 10, facts: 33 },
    });
  });

  it('answers an unknown API route with a 404 problem document', async () => {
    const response = await fetch(`${ctx.app.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('keeps CORS closed unless origins are configured', async () => {
    const closed = await fetch(`${ctx.app.url}/api/health`, {
      headers: { Origin: 'https://news.example' },
    });
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = await serveApp({ gateway: ctx.gateway, corsOrigins: ['https://news.example'] });
    try {
      const allowed = await fetch(`${open.url}/api/health`, {
        headers: { Origin: 'https://news.example' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://news.example');
      const other = await fetch(`${open.url}/api/health`, {
        headers: { Origin: 'https://evil.example' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('forbids framing the explorer by other sites and sniffing content types', async () => {
    const response = await fetch(`${ctx.app.url}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
