// Hostile input: injection strings in every parameter, write and admin Cypher, runaway queries,
// huge and malformed bodies. Nothing may change the graph, and nothing may be a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { checksum, counts, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

let gateway: Neo4jGateway;
let app: RunningApp;
let baseline: { counts: unknown; sum: string };
const tried: { input: string; status: number }[] = [];

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway, cypherTimeoutMs: 2000 });
  baseline = { counts: await counts(gateway), sum: await checksum(gateway) };
});
afterAll(async () => {
  console.log(
    `hostile inputs tried: ${tried.length}; statuses: ${JSON.stringify(
      tried.reduce<Record<number, number>>(
        (acc, t) => ({ ...acc, [t.status]: (acc[t.status] ?? 0) + 1 }),
        {},
      ),
    )}`,
  );
  await app.close();
  await gateway.close();
});

const INJECTIONS = [
  "' OR 1=1 //",
  "gucci'}) DETACH DELETE n //",
  '") MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  '$(x) DETACH DELETE n',
  'MERGE (x:Hacked) RETURN x',
  "'; CALL dbms.security.createUser('eve','pw',false) //",
  '\\u0027 OR true //',
  '*:* OR name:*',
  'a" OR "1"="1',
  '{{7*7}}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\u0000\u0001',
  'x'.repeat(5000),
];

const ENDPOINTS: { path: string; params: string[] }[] = [
  { path: '/api/search', params: ['q', 'limit', 'kinds'] },
  { path: '/api/neighbourhood', params: ['ids', 'depth', 'limit', 'kinds', 'types', 'from', 'to'] },
  {
    path: '/api/paths',
    params: ['from', 'to', 'mode', 'limit', 'kinds', 'types', 'after', 'before'],
  },
  { path: '/api/timeline', params: ['entity', 'types', 'from', 'to'] },
  { path: '/api/snapshot', params: ['date'] },
  { path: '/api/export', params: ['format', 'ids', 'depth', 'kinds', 'types', 'from', 'to'] },
];

const VALID: Record<string, Record<string, string>> = {
  '/api/search': { q: 'gucci' },
  '/api/neighbourhood': { ids: 'gucci' },
  '/api/paths': { from: 'gucci', to: 'ebay' },
  '/api/timeline': {},
  '/api/snapshot': { date: '2016-04-15' },
  '/api/export': { format: 'json' },
};

async function post(body: string, contentType = 'application/json'): Promise<Response> {
  const response = await fetch(`${app.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  tried.push({ input: body.slice(0, 80), status: response.status });
  return response;
}

describe('injection strings in every parameter', () => {
  it('never reach Cypher as text: only 4xx or harmless 200s, and the graph is unchanged', async () => {
    for (const { path, params } of ENDPOINTS) {
      for (const param of params) {
        for (const value of INJECTIONS) {
          const query = new URLSearchParams({ ...VALID[path], [param]: value });
          const response = await app.get(`${path}?${query.toString()}`);
          tried.push({ input: `${path} ${param}=${value.slice(0, 40)}`, status: response.status });
          expect([200, 400, 404], `${path} ${param}=${value.slice(0, 40)}`).toContain(
            response.status,
          );
          if (response.status !== 200) {
            expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
          }
          await response.arrayBuffer();
        }
      }
      const entity = await app.get(
        `/api/entities/${encodeURIComponent("gucci'}) DETACH DELETE n //")}`,
      );
      tried.push({ input: 'entity id injection', status: entity.status });
      expect(entity.status).toBe(400);
    }
    expect(await counts(gateway)).toEqual(baseline.counts);
    expect(await checksum(gateway)).toBe(baseline.sum);
  });

  it('search treats operators as words', async () => {
    const response = await app.get(`/api/search?q=${encodeURIComponent('*:* OR name:*')}`);
    expect(response.status).toBe(200);
  });
});

describe('the Cypher endpoint refuses writes and administration', () => {
  it.each([
    'CREATE (n:Hacked {x: 1}) RETURN n',
    "MERGE (n:Entity {id: 'gucci'}) SET n.name = 'pwned' RETURN n",
    "MATCH (n:Entity {id: 'gucci'}) SET n.name = 'pwned'",
    'MATCH (n) DETACH DELETE n',
    'MATCH (n:Entity) REMOVE n:Brand RETURN n',
    "CALL db.createLabel('Hacked')",
    "CALL `db`.createLabel('Hacked')",
    "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row",
    "CREATE USER eve SET PASSWORD 'password123' CHANGE NOT REQUIRED",
    "ALTER USER neo4j SET PASSWORD 'owned-password'",
    'SHOW USERS',
    'USE system SHOW DATABASES',
    'CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS',
    'CALL () { MATCH (n) DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
    'FOREACH (i IN range(1, 3) | CREATE (:Hacked))',
    'CREATE INDEX hacked FOR (n:Hacked) ON (n.x)',
    'DROP CONSTRAINT entity_id',
    'CALL dbms.setConfigValue("db.logs.query.enabled", "OFF")',
    'CALL apoc.cypher.runWrite("CREATE (:Hacked)", {})',
    'MATCH (n) WITH n CALL (n) { SET n.hacked = true } RETURN count(*)',
    "UNWIND [1] AS x CALL db.index.fulltext.queryNodes('entity_search', 'gucci') YIELD node SET node.x = 1",
    'EXPLAIN CREATE (n)',
  ])('refuses %s', async (query) => {
    const response = await post(JSON.stringify({ query }));
    expect([400, 403]).toContain(response.status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    await response.arrayBuffer();
    expect(await checksum(gateway)).toBe(baseline.sum);
  });

  it('runs read-only queries with parameters, capped', async () => {
    const response = await post(
      JSON.stringify({ query: 'UNWIND range(1, 10000) AS i RETURN i', limit: 50 }),
    );
    const body = (await response.json()) as { rows: { i: number }[]; truncated: boolean };
    expect(response.status).toBe(200);
    expect(body.rows).toHaveLength(50);
    expect(body.truncated).toBe(true);
    const injected = await post(
      JSON.stringify({
        query: 'MATCH (e:Entity {id: $id}) RETURN e.name AS name',
        params: { id: "gucci' OR 1=1 //" },
      }),
    );
    expect(await injected.json()).toMatchObject({ rows: [] });
  });

  it('stops a cartesian product by the timeout, and the pool stays healthy', async () => {
    const started = Date.now();
    const response = await post(
      JSON.stringify({
        query:
          "MATCH (a), (b), (c), (d), (e), (f) WHERE a.id + b.id + c.id + d.id + e.id + f.id = 'x' RETURN count(*) AS n",
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(Date.now() - started).toBeLessThan(10000);
    const after = await Promise.all(
      Array.from({ length: 20 }, () => app.get('/api/search?q=gucci')),
    );
    expect(after.map((r) => r.status)).toEqual(after.map(() => 200));
  });
});

describe('bodies and requests that are wrong in shape', () => {
  it('answers 413 to a huge body, 415 to the wrong content type, 400 to malformed JSON', async () => {
    const huge = await post(JSON.stringify({ query: `RETURN '${'x'.repeat(100000)}'` }));
    expect(huge.status).toBe(413);
    const form = await post('query=MATCH (n) RETURN n', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    const broken = await post('{"query": "MATCH (n) RETURN n",');
    expect(broken.status).toBe(400);
    const wrongType = await post(JSON.stringify({ query: 42 }));
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toMatchObject({ errors: [{ path: 'body.query' }] });
    const extra = await post(JSON.stringify({ query: 'RETURN 1', sudo: true }));
    expect(await extra.json()).toMatchObject({
      errors: [{ path: 'body', message: 'unknown parameter: sudo' }],
    });
    const array = await post('[1,2,3]');
    expect(array.status).toBe(400);
  });

  it('refuses repeated and unknown parameters', async () => {
    const repeated = await app.get('/api/search?q=a&q=b');
    expect(repeated.status).toBe(400);
    const unknown = await app.get('/api/timeline?colour=red');
    expect(await unknown.json()).toMatchObject({
      errors: [{ path: 'query', message: 'unknown parameter: colour' }],
    });
  });

  it('rate-limits a client that sends too much, with 429 and Retry-After', async () => {
    const limited = await serveApp({ gateway, rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i += 1) statuses.push((await limited.get('/api/health')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      const last = await limited.get('/api/health');
      expect(last.status).toBe(429);
      expect(last.headers.get('retry-after')).toBe('60');
      expect(await last.json()).toMatchObject({ status: 429, title: 'RateLimitedError' });
    } finally {
      await limited.close();
    }
  });

  it('leaves the graph exactly as it was', async () => {
    expect(await counts(gateway)).toEqual(baseline.counts);
    expect(await checksum(gateway)).toBe(baseline.sum);
  });
});
