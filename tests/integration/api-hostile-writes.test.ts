// The hostile suite for the write endpoints: injection strings in every id, type, kind and
// path; malformed, oversize and mistyped bodies; missing and wrong tokens. Every refusal is a
// 4xx problem (never a 500) and writes nothing: the graph and the revisions stay as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { checksum, loadBundledData, testGateway } from '../support/database';
import { sendJson, TEST_EDITORS, testEditors } from '../support/editor-requests';
import { serveApp, type RunningApp } from '../support/http-app';

const ctx = {} as { gateway: Neo4jGateway; app: RunningApp };
const tried: number[] = [];

/** The graph's checksum and the revisions' count and top seq: what a refusal may not change. */
async function state(): Promise<string> {
  const [row] = await ctx.gateway.read(
    'MATCH (r:Revision) RETURN count(r) AS n, max(r.seq) AS top',
  );
  return `${await checksum(ctx.gateway)} ${JSON.stringify(row)}`;
}

beforeAll(async () => {
  ctx.gateway = testGateway();
  await loadBundledData(ctx.gateway);
  ctx.app = await serveApp({ gateway: ctx.gateway, editors: testEditors() });
});
afterAll(async () => {
  console.log(`hostile writes tried: ${tried.length}`);
  await ctx.app.close();
  await ctx.gateway.close();
});

const INJECTIONS = [
  "' OR 1=1 //",
  "gucci'}) DETACH DELETE n //",
  '`) MATCH (n) DETACH DELETE n //',
  '$(x) DETACH DELETE n',
  'MERGE (x:Hacked) RETURN x',
  'Company:Hacked',
  'OWNS]->() DELETE r //',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\u0000\u0001',
  'x'.repeat(5000),
];

const CITED = [{ source: 'ap-2016-05-07-gucci-quits' }];
const FACT = { type: 'OWNS', subject: 'kering', object: 'gucci', sources: CITED };
const SOURCE = { kind: 'news-article', title: 'T', publisher: 'p', published: '2016-06' };

/** Each write with the hostile value put into one of its id, type or kind fields. */
function hostileWrites(bad: string): [string, string, unknown][] {
  const path = encodeURIComponent(bad);
  return [
    ['POST', '/api/entities', { id: bad, kind: 'Company', name: 'X' }],
    ['POST', '/api/entities', { kind: bad, name: 'X' }],
    ['PATCH', `/api/entities/${path}`, { revision: 0, name: 'X' }],
    ['PATCH', '/api/entities/gucci', { revision: 0, kind: bad }],
    ['POST', '/api/facts', { ...FACT, type: bad }],
    ['POST', '/api/facts', { ...FACT, subject: bad }],
    ['POST', '/api/facts', { ...FACT, object: bad }],
    ['POST', '/api/facts', { ...FACT, id: bad }],
    ['POST', '/api/facts', { ...FACT, sources: [{ source: bad }] }],
    ['PATCH', `/api/facts/${path}`, { revision: 0, claim: 'x' }],
    ['PATCH', '/api/facts/a-alibaba-joins-iacc', { revision: 0, type: bad }],
    ['PATCH', '/api/facts/a-alibaba-joins-iacc', { revision: 0, rank: bad }],
    ['DELETE', `/api/facts/${path}`, {}],
    ['POST', '/api/sources', { ...SOURCE, id: bad }],
    ['POST', '/api/sources', { ...SOURCE, kind: bad }],
    ['POST', '/api/sources', { ...SOURCE, url: `javascript:${bad}` }],
    ['POST', `/api/revisions/${path}/revert`, {}],
    ['GET', `/api/revisions?entity=${path}`, undefined],
  ];
}

describe('hostile writes', () => {
  it('refuses injection strings in ids, types, kinds and paths (4xx), writing nothing', async () => {
    const before = await state();
    for (const bad of INJECTIONS) {
      for (const [method, path, body] of hostileWrites(bad)) {
        const res = await sendJson(ctx.app, method, path, body);
        tried.push(res.status);
        expect(
          res.status,
          `${method} ${path.slice(0, 80)} ${JSON.stringify(body).slice(0, 120)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.status, `${method} ${path.slice(0, 80)}`).toBeLessThan(500);
      }
    }
    expect(await state()).toBe(before);
    const hacked = await ctx.gateway.read('MATCH (n:Hacked) RETURN count(n) AS n');
    expect(hacked).toEqual([{ n: 0 }]);
  });

  it('refuses malformed, mistyped and oversize bodies and unknown fields, writing nothing', async () => {
    const before = await state();
    const token = `Bearer ${TEST_EDITORS.alice}`;
    const cases: [string, string, string, string][] = [
      ['POST', '/api/entities', '{"kind": "Company", "name": ', 'application/json'],
      ['POST', '/api/entities', 'kind=Company&name=X', 'application/x-www-form-urlencoded'],
      ['PATCH', '/api/entities/gucci', '{"revision": 0, "name": "X"}', 'text/plain'],
      ['POST', '/api/facts', JSON.stringify({ ...FACT, evil: true }), 'application/json'],
      ['POST', '/api/facts', JSON.stringify({ ...FACT, sources: 'ap' }), 'application/json'],
      [
        'POST',
        '/api/sources',
        JSON.stringify({ ...SOURCE, title: 'x'.repeat(300000) }),
        'application/json',
      ],
      ['PATCH', '/api/facts/a-alibaba-joins-iacc', '[1,2,3]', 'application/json'],
      [
        'POST',
        '/api/entities',
        JSON.stringify({ kind: 'Company', name: 'X', revision: -1 }),
        'application/json',
      ],
    ];
    for (const [method, path, body, type] of cases) {
      const res = await fetch(`${ctx.app.url}${path}`, {
        method,
        headers: { 'content-type': type, authorization: token },
        body,
      });
      tried.push(res.status);
      expect(res.status, `${method} ${path} ${body.slice(0, 60)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect(await state()).toBe(before);
  });

  it('refuses every write without a token or with a wrong one (401), writing nothing', async () => {
    const before = await state();
    for (const token of [null, 'wrong-token-0123456789', TEST_EDITORS.alice.slice(1)]) {
      for (const [method, path, body] of hostileWrites('gucci').filter(([m]) => m !== 'GET')) {
        const res = await sendJson(ctx.app, method, path, body, token);
        tried.push(res.status);
        expect(res.status, `${method} ${path}`).toBe(401);
      }
    }
    expect(await state()).toBe(before);
  });

  it('stores injection strings in free text as text, and nothing else', async () => {
    const name = "x'}) MATCH (n) DETACH DELETE n //";
    const res = await sendJson(ctx.app, 'POST', '/api/entities', { kind: 'Company', name });
    expect(res.status).toBe(201);
    const rows = await ctx.gateway.read('MATCH (e:Entity {name: $name}) RETURN count(e) AS n', {
      name,
    });
    expect(rows).toEqual([{ n: 1 }]);
    const total = await ctx.gateway.read('MATCH (e:Entity) RETURN count(e) AS n');
    expect(total).toEqual([{ n: 18 }]);
  });
});
