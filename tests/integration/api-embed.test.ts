// Embeds over HTTP with the real database: oEmbed, signed views, the analyst token, the frozen
// file, and the framing policy of each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbedPayload } from '../../server/domain/embed-view';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { startApp } from '../support/app-process';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const KEY = 'embed-signing-key-for-the-tests-0123456789';
const TOKEN = 'analyst-token-for-the-tests';
const EDITOR = 'editor-token-for-the-tests-0123';
let gateway: Neo4jGateway;
let open: RunningApp;
let signed: RunningApp;
let guarded: RunningApp;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  open = await serveApp({ gateway });
  signed = await serveApp({
    gateway,
    embed: { signingKey: KEY, origins: ['http://127.0.0.1:9', 'https://news.example'] },
  });
  guarded = await serveApp({
    gateway,
    embed: { analystToken: TOKEN, signingKey: KEY, origins: ['*'] },
    editors: new Map([[EDITOR, 'alice']]),
  });
});
afterAll(async () => {
  await Promise.all([open.close(), signed.close(), guarded.close()]);
  await gateway.close();
});

interface Problem {
  status: number;
  title: string;
  detail: string;
  errors?: { path: string; message: string }[];
}

async function problem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as Problem;
}

const bearer = { headers: { Authorization: `Bearer ${TOKEN}` } };

interface OEmbed {
  version: string;
  type: string;
  title: string;
  width: number;
  height: number;
  html: string;
  provider_name: string;
}

describe('GET /oembed', () => {
  it('turns an explorer URL into a rich embed within maxwidth and maxheight', async () => {
    const url = `${open.url}/?expanded=gucci&entity=gucci&view=1,2,1.5&play=1`;
    const response = await open.get(
      `/oembed?${new URLSearchParams({ url, maxwidth: '500', maxheight: '300' })}`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as OEmbed;
    expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 500, height: 300 });
    expect(body.title).toBe('Gucci: brand graph');
    expect(body.html).toContain(`src="${open.url}/embed?expanded=gucci&amp;entity=gucci"`);
    expect(body.html).toContain('width="500" height="300"');
  });

  it('names the failing field of bad input', async () => {
    let p = await problem(await open.get('/oembed'), 400);
    expect(p.errors?.map((e) => e.path)).toEqual(['query.url']);
    p = await problem(
      await open.get(`/oembed?url=${encodeURIComponent(`${open.url}/`)}&maxwidth=wide`),
      400,
    );
    expect(p.errors?.map((e) => e.path)).toEqual(['query.maxwidth']);
    p = await problem(await open.get('/oembed?url=not-a-url'), 400);
    expect(p.errors?.map((e) => e.path)).toEqual(['query.url']);
    p = await problem(
      await open.get(
        `/oembed?url=${encodeURIComponent(`${open.url}/?expanded=gucci&from=2016-02-30`)}`,
      ),
      400,
    );
    expect(p.errors).toEqual([
      { path: 'query.url', message: 'from: must be a calendar day written YYYY-MM-DD' },
    ]);
    p = await problem(
      await open.get(
        `/oembed?url=${encodeURIComponent(`${open.url}/embed?expanded=gucci&colour=red`)}`,
      ),
      400,
    );
    expect(p.errors?.[0]?.path).toBe('query.url');
  });

  it('answers 404 for other sites and pages, 501 for XML', async () => {
    await problem(
      await open.get(
        `/oembed?url=${encodeURIComponent('https://elsewhere.example/?expanded=gucci')}`,
      ),
      404,
    );
    await problem(
      await open.get(`/oembed?url=${encodeURIComponent(`${open.url}/api/graph`)}`),
      404,
    );
    await problem(
      await open.get(`/oembed?format=xml&url=${encodeURIComponent(`${open.url}/`)}`),
      501,
    );
  });

  it('answers 404 for a URL naming an entity that does not exist (oEmbed 2.3.5)', async () => {
    for (const page of ['/?expanded=gucci,no-such-brand', '/embed?expanded=no-such-brand']) {
      const p = await problem(
        await open.get(`/oembed?url=${encodeURIComponent(`${open.url}${page}`)}`),
        404,
      );
      expect(p.detail).toBe('No entity "no-such-brand"');
    }
  });

  it('signs what it embeds when a key is set', async () => {
    const url = `${signed.url}/?expanded=gucci`;
    const body = (await (
      await signed.get(`/oembed?url=${encodeURIComponent(url)}`)
    ).json()) as OEmbed;
    expect(body.html).toMatch(/embed\?expanded=gucci&amp;sig=[A-Za-z0-9_-]{43}"/);
  });
});

describe('signed embeds', () => {
  async function signedLink(app: RunningApp, query: string, init?: RequestInit): Promise<string> {
    const response = await fetch(`${app.url}/api/embed/sign?${query}`, init);
    expect(response.status).toBe(200);
    const link = (await response.json()) as { signed: boolean; embed: string; html: string };
    expect(link.signed).toBe(true);
    expect(link.html).toContain('<iframe src=');
    return link.embed;
  }

  it('reads exactly the signed view', async () => {
    const embed = new URL(await signedLink(signed, 'expanded=gucci&entity=gucci&theme=dark'));
    expect(embed.searchParams.get('theme')).toBe('dark');
    const response = await signed.get(`/api/embed/view?${withoutLook(embed.searchParams)}`);
    expect(response.status).toBe(200);
    const data = (await response.json()) as EmbedPayload;
    const ids = data.graph.nodes.map((n) => n.key);
    expect(ids).toEqual(expect.arrayContaining(['gucci', 'iacc', 'alibaba']));
    expect(ids).not.toContain('china');
    expect(data.events.every((e) => data.graph.edges.some((x) => x.key === e.fact))).toBe(true);
    expect(data.explorer).toBe('/?expanded=gucci&entity=gucci');
  });

  it('refuses a view with one entity added, a missing or forged signature (403)', async () => {
    const embed = new URL(await signedLink(signed, 'expanded=gucci'));
    const sig = embed.searchParams.get('sig') ?? '';
    const added = await problem(
      await signed.get(`/api/embed/view?expanded=gucci,china&sig=${sig}`),
      403,
    );
    expect(added.detail).toMatch(/changed or forged/);
    await problem(await signed.get('/api/embed/view?expanded=gucci'), 403);
    await problem(await signed.get(`/api/embed/view?expanded=gucci&sig=${'A'.repeat(43)}`), 403);
    await problem(await signed.get(`/api/embed/view?expanded=gucci&hidden=iacc&sig=${sig}`), 403);
    const frozen = await signed.get(`/api/embed/frozen?expanded=gucci,china&sig=${sig}`);
    await problem(frozen, 403);
  });

  it('refuses malformed views with the parameter named (400)', async () => {
    const p = await problem(
      await signed.get('/api/embed/view?expanded=gucci&colour=red&asOf=soon'),
      400,
    );
    expect(p.errors?.map((e) => e.path).sort()).toEqual(['query', 'query.asOf']);
  });

  it('works unsigned when no key is set', async () => {
    const response = await open.get('/api/embed/view?expanded=kering');
    expect(response.status).toBe(200);
    const link = (await (await open.get('/api/embed/sign?expanded=kering')).json()) as {
      signed: boolean;
      embed: string;
    };
    expect(link).toMatchObject({ signed: false, embed: `${open.url}/embed?expanded=kering` });
  });

  it('exports a frozen file with only its view inline and a CSP that allows no request', async () => {
    const embed = new URL(await signedLink(signed, 'expanded=gucci'));
    const response = await signed.get(`/api/embed/frozen?${embed.searchParams.toString()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.html"/);
    const html = await response.text();
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/,
    );
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    const json =
      /<script type="application\/json" id="embed-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    const data = JSON.parse(json) as EmbedPayload;
    expect(data.graph.nodes.map((n) => n.key)).toContain('gucci');
    expect(data.graph.nodes.map((n) => n.key)).not.toContain('china');
    expect(data.explorer).toBe(`${signed.url}/?expanded=gucci`);
  });
});

function withoutLook(params: URLSearchParams): string {
  const p = new URLSearchParams(params);
  p.delete('theme');
  p.delete('timeline');
  return p.toString();
}

describe('with ANALYST_TOKEN', () => {
  it.each([
    '/api/search?q=gucci',
    '/api/graph',
    '/api/entities/gucci',
    '/api/neighbourhood?ids=gucci',
    '/api/paths?from=gucci&to=kering',
    '/api/timeline',
    '/api/snapshot?date=2016-05-01',
    '/api/changes?from=2016-01-01&to=2016-12-31',
    '/api/schema',
    '/api/export?format=json',
    '/api/embed/sign?expanded=gucci',
  ])('refuses %s without the token (401 problem+json)', async (path) => {
    const response = await guarded.get(path);
    const p = await problem(response, 401);
    expect(p.detail).toMatch(/analyst token/);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect((await fetch(`${guarded.url}${path}`, bearer)).status).toBe(200);
  });

  it("lets an editor's token read, and write with that one token", async () => {
    const auth = { authorization: `Bearer ${EDITOR}` };
    expect((await fetch(`${guarded.url}/api/entities/gucci`, { headers: auth })).status).toBe(200);
    const history = await fetch(`${guarded.url}/api/revisions?entity=gucci`, { headers: auth });
    expect(history.status).toBe(200);
    const wrong = { authorization: 'Bearer editor-token-for-the-tests-XXXX' };
    expect((await fetch(`${guarded.url}/api/entities/gucci`, { headers: wrong })).status).toBe(401);
    const created = await fetch(`${guarded.url}/api/sources`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'analyst-mode-note',
        kind: 'news-article',
        title: 'A note',
        publisher: 'The Paper',
        published: '2016-06',
      }),
    });
    expect(created.status).toBe(201);
  });

  it('refuses Cypher without the token', async () => {
    const response = await fetch(`${guarded.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1 AS one' }),
    });
    await problem(response, 401);
  });

  it('keeps health, readiness, the API documents and import status open', async () => {
    for (const path of ['/api/health', '/api/ready', '/api/openapi.json', '/api/imports']) {
      expect((await guarded.get(path)).status, path).toBe(200);
    }
  });

  it('lets a signed embed read its view without the token, and oEmbed only signed URLs', async () => {
    const link = (await (
      await fetch(`${guarded.url}/api/embed/sign?expanded=gucci`, bearer)
    ).json()) as {
      embed: string;
    };
    const embed = new URL(link.embed);
    expect((await guarded.get(`/api/embed/view?${embed.searchParams.toString()}`)).status).toBe(
      200,
    );
    expect((await guarded.get(`/oembed?url=${encodeURIComponent(link.embed)}`)).status).toBe(200);
    const explorerUrl = encodeURIComponent(`${guarded.url}/?expanded=gucci`);
    await problem(await guarded.get(`/oembed?url=${explorerUrl}`), 403);
    expect((await fetch(`${guarded.url}/oembed?url=${explorerUrl}`, bearer)).status).toBe(200);
  });
});

describe('framing and content security per route', () => {
  const csp = (r: Response): string => r.headers.get('content-security-policy') ?? '';

  it('the explorer may be framed only by itself, with discovery of its oEmbed', async () => {
    const response = await open.get('/?expanded=gucci');
    expect(csp(response)).toContain("frame-ancestors 'self'");
    expect(csp(response)).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const html = await response.text();
    // Without PUBLIC_URL the link is relative: the request's Host header never shows in a page.
    const href = `/oembed?${new URLSearchParams({ url: '/?expanded=gucci', format: 'json' })}`;
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${href.replace(/&/g, '&amp;')}"`,
    );
    const oembed = await open.get(href);
    expect(oembed.status).toBe(200);
    expect(await oembed.json()).toMatchObject({ type: 'rich', version: '1.0' });
  });

  it('never writes a Host header chosen by the caller into a page', async () => {
    const { request } = await import('node:http');
    const html = await new Promise<string>((resolve, reject) => {
      const req = request(
        `${open.url}/?expanded=gucci`,
        { headers: { host: 'evil.example' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (c: string) => (text += c));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(html).toContain('application/json+oembed');
    expect(html).not.toContain('evil.example');
  });

  it('the embed may be framed by any site by default, with a strict CSP', async () => {
    const response = await open.get('/embed?expanded=gucci');
    expect(response.status).toBe(200);
    expect(csp(response)).toContain('frame-ancestors *');
    expect(csp(response)).toContain("script-src 'self'");
    expect(csp(response)).toContain("connect-src 'self'");
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(await response.text()).toContain('application/json+oembed');
  });

  it('the embed may be framed only by the configured origins when they are listed', async () => {
    const response = await signed.get('/embed?expanded=gucci');
    expect(csp(response)).toContain(
      "frame-ancestors 'self' http://127.0.0.1:9 https://news.example",
    );
    expect(await response.text()).toContain(
      '<meta name="embed-origins" content="http://127.0.0.1:9 https://news.example">',
    );
  });

  it('the API keeps the strict policy', async () => {
    const response = await open.get('/api/embed/view?expanded=gucci');
    expect(csp(response)).toContain("frame-ancestors 'self'");
  });
});

describe('start-up', () => {
  it('refuses to start with an analyst token but no signing key', async () => {
    const app = startApp({ ANALYST_TOKEN: TOKEN, EMBED_SIGNING_KEY: '' });
    expect(await app.exited).toBe(2);
    expect(app.output()).toMatch(/ANALYST_TOKEN is set, so EMBED_SIGNING_KEY must be set too/);
  });
});
