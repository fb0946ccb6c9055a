// The write endpoints against the real database: editors (401/403), sources, entities and facts
// with their revisions, citations required (422), and nothing written on any refusal.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Fact, Source } from '../../server/domain/model';
import type { RevisionsAnswer } from '../../server/domain/wire/authoring';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { checksum, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const ALICE = 'alice-token-0123456789';
const BOB = 'bob-token-0123456789ab';
const ctx = {} as { gateway: Neo4jGateway; app: RunningApp; readOnly: RunningApp };

beforeAll(async () => {
  ctx.gateway = testGateway();
  await loadBundledData(ctx.gateway);
  const editors = new Map([
    [ALICE, 'alice'],
    [BOB, 'bob'],
  ]);
  ctx.app = await serveApp({ gateway: ctx.gateway, editors });
  ctx.readOnly = await serveApp({ gateway: ctx.gateway });
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.readOnly.close();
  await ctx.gateway.close();
});

/** Sends JSON with a method and (optionally) a token; answers the status and the parsed body. */
async function send(
  method: string,
  path: string,
  body: unknown,
  token: string | null = ALICE,
  app: RunningApp = ctx.app,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const SECOND_ARTICLE = {
  kind: 'news-article',
  title: 'A second article on the coalition',
  publisher: 'associated-press',
  url: 'https://example.org/second-article',
  published: '2016-06-20',
};

describe('editor tokens', () => {
  it('refuses writes without a token (401), with a wrong one (401), and when none is set (403)', async () => {
    const before = await checksum(ctx.gateway);
    const none = await send('POST', '/api/entities', { kind: 'Company', name: 'X' }, null);
    expect(none.status).toBe(401);
    expect(none.body.type).toBe('about:blank#unauthorized');
    const wrong = await send(
      'POST',
      '/api/entities',
      { kind: 'Company', name: 'X' },
      'nope-nope-nope-nope',
    );
    expect(wrong.status).toBe(401);
    const off = await send(
      'POST',
      '/api/entities',
      { kind: 'Company', name: 'X' },
      ALICE,
      ctx.readOnly,
    );
    expect(off.status).toBe(403);
    expect(off.body.type).toBe('about:blank#feature-off');
    expect(await checksum(ctx.gateway)).toBe(before);
  });
});

describe('sources, entities and facts', () => {
  it('creates a source, an entity and a cited fact, each with a revision by its editor', async () => {
    const source = await send('POST', '/api/sources', {
      ...SECOND_ARTICLE,
      comment: 'new article',
    });
    expect(source.status).toBe(201);
    const created = source.body as unknown as Source;
    expect(created).toMatchObject({
      ...SECOND_ARTICLE,
      id: expect.stringMatching(/^s-a-second/) as unknown,
    });
    expect(created.revision).toBeGreaterThan(0);

    const entity = await send(
      'POST',
      '/api/entities',
      { kind: 'Person', name: 'Jane Roe', aliases: ['J. Roe'] },
      BOB,
    );
    expect(entity.status).toBe(201);
    const jane = entity.body as unknown as Entity;
    expect(jane).toMatchObject({ kind: 'Person', name: 'Jane Roe', aliases: ['J. Roe'] });
    expect(jane.revision).toBe((created.revision ?? 0) + 1);

    const fact = await send('POST', '/api/facts', {
      type: 'WORKS_FOR',
      subject: jane.id,
      object: 'iacc',
      time: {
        start: {
          date: '2016-06',
          precision: 'approximate',
          earliest: '2016-06-11',
          latest: '2016-06-20',
          wording: 'mid-June',
        },
      },
      sources: [
        {
          source: created.id,
          span: { text: 'Roe joined the coalition in mid-June', start: 10, end: 46 },
        },
      ],
    });
    expect(fact.status).toBe(201);
    const stored = fact.body as unknown as Fact;
    expect(stored.time.start?.wording).toBe('mid-June');
    expect(stored.sources[0]?.span).toEqual({
      text: 'Roe joined the coalition in mid-June',
      start: 10,
      end: 46,
    });
    expect(stored.revision).toBe((jane.revision ?? 0) + 1);

    const page = await fetch(`${ctx.app.url}/api/entities/${jane.id}`);
    expect(page.status).toBe(200);
    expect(JSON.stringify(await page.json())).toContain(stored.id);

    const history = await send('GET', `/api/revisions?entity=${jane.id}`, undefined);
    const revisions = (history.body as unknown as RevisionsAnswer).revisions;
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      id: `rev-${jane.revision}`,
      editor: 'bob',
      action: 'create',
      target: 'entity',
      before: null,
    });
    expect(revisions[0]?.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['name', 'kind', 'aliases']),
    );
    const rows = await ctx.gateway.read(
      'MATCH (r:Revision) RETURN count(r) AS n, max(r.seq) AS top',
    );
    expect(rows[0]).toEqual({ n: 3, top: stored.revision });
  });

  it('refuses a fact without a source (422 naming `sources`) and writes nothing', async () => {
    const before = await checksum(ctx.gateway);
    const res = await send('POST', '/api/facts', {
      type: 'OWNS',
      subject: 'kering',
      object: 'gucci',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'sources', message: expect.any(String) as unknown }]);
    const empty = await send('POST', '/api/facts', {
      type: 'OWNS',
      subject: 'kering',
      object: 'gucci',
      sources: [],
    });
    expect(empty.status).toBe(422);
    expect(await checksum(ctx.gateway)).toBe(before);
  });

  it('refuses a statement without its quoted span (422 naming `sources[0].span`)', async () => {
    const before = await checksum(ctx.gateway);
    const res = await send('POST', '/api/facts', {
      type: 'CALLED',
      subject: 'kering',
      object: 'iacc',
      sources: [{ source: 'ap-2016-05-07-gucci-quits' }],
    });
    expect(res.status).toBe(422);
    expect((res.body.errors as { path: string }[]).map((e) => e.path)).toEqual(['sources[0].span']);
    expect(await checksum(ctx.gateway)).toBe(before);
  });

  it('refuses unknown ends, sources and types (422 naming each) and writes nothing', async () => {
    const before = await checksum(ctx.gateway);
    const res = await send('POST', '/api/facts', {
      type: 'NOT_A_TYPE',
      subject: 'nobody-here',
      object: 'iacc',
      sources: [{ source: 'no-such-source' }],
    });
    expect(res.status).toBe(422);
    expect((res.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'sources[0].source',
      'subject',
      'type',
    ]);
    expect(await checksum(ctx.gateway)).toBe(before);
  });

  it('refuses an entity id that exists (409) and a bad body (400), writing nothing', async () => {
    const before = await checksum(ctx.gateway);
    const taken = await send('POST', '/api/entities', { id: 'kering', kind: 'Company', name: 'K' });
    expect(taken.status).toBe(409);
    const bad = await send('POST', '/api/entities', { kind: 'Planet', name: '' });
    expect(bad.status).toBe(400);
    expect(await checksum(ctx.gateway)).toBe(before);
  });
});

describe('the contract of the writes', () => {
  it('answers as the OpenAPI document says (201 schemas of sources, entities and facts)', async () => {
    const doc = await ctx.app.getJson<{ components: object }>('/api/openapi.json');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'openapi.json', components: doc.components });
    const check = (id: string, value: unknown): void => {
      const validate = ajv.getSchema(`openapi.json#/components/schemas/${id}`);
      expect(validate?.(value), `${id}: ${ajv.errorsText(validate?.errors)}`).toBe(true);
    };
    const source = await send('POST', '/api/sources', { ...SECOND_ARTICLE, title: 'Third' });
    check('Source', source.body);
    const entity = await send('POST', '/api/entities', { kind: 'Company', name: 'Acme' });
    check('EntityRecord', entity.body);
    const fact = await send('POST', '/api/facts', {
      type: 'PARTNERED_WITH',
      subject: String(entity.body.id),
      object: 'iacc',
      sources: [{ source: String(source.body.id), span: { text: 'Acme partnered' } }],
    });
    expect(fact.status).toBe(201);
    check('FactRecord', fact.body);
  });
});
