// POST /api/articles/analyse on the real database: the article's entities found through the
// full-text index, proposals with offsets into the text sent, nothing written, and hostile
// input refused or read as plain text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { checksum, counts, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const TOKEN = 'articles-editor-token-0123';
let gateway: Neo4jGateway;
let app: RunningApp;
let baseline: { counts: unknown; sum: string };

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway, editors: new Map([[TOKEN, 'alice']]) });
  baseline = { counts: await counts(gateway), sum: await checksum(gateway) };
});
afterAll(async () => {
  await app.close();
  await gateway.close();
});

async function analyse(body: unknown, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${app.url}/api/articles/analyse`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

// Written for this test: a new story about the bundled article's entities.
const TEXT =
  'Kering Group said on Tuesday that it had dropped its lawsuit against Alibaba. ' +
  'Meanwhile, eBay decided against joining the IACC, and Gucci left the coalition last week.';

describe('POST /api/articles/analyse', () => {
  it('finds the known entities and proposes dated facts with their sentences', async () => {
    const res = await analyse({ text: TEXT, title: 'T', publisher: 'P', published: '2019-06-14' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      mentions: { entity: string; start: number; end: number; text: string }[];
      proposals: {
        type: string;
        subject: string;
        object: string;
        time: unknown;
        evidence: { start: number; end: number; text: string };
      }[];
      entities: Record<string, { name: string }>;
    };
    expect(body.mentions.map((m) => m.entity)).toEqual([
      'kering',
      'alibaba',
      'ebay',
      'iacc',
      'gucci',
    ]);
    for (const m of body.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    expect(body.proposals.map((p) => `${p.subject} ${p.type} ${p.object}`)).toEqual([
      'kering DROPPED_LAWSUIT_AGAINST alibaba',
      'ebay DECLINED_TO_JOIN iacc',
      'gucci LEFT iacc',
    ]);
    expect(body.proposals[0]?.time).toEqual({
      at: { date: '2019-06-11', precision: 'day', wording: 'on Tuesday' },
    });
    expect(body.proposals[2]?.time).toMatchObject({
      at: { precision: 'approximate', earliest: '2019-06-03', latest: '2019-06-09' },
    });
    for (const p of body.proposals)
      expect(TEXT.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
    expect(body.entities.iacc?.name).toBe('International Anti-Counterfeiting Coalition');
    expect({ counts: await counts(gateway), sum: await checksum(gateway) }).toEqual(baseline);
  });

  it("keeps an article's full text with its source only when sent (the panel's checkbox)", async () => {
    const save = async (body: object): Promise<string> => {
      const res = await fetch(`${app.url}/api/sources`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          kind: 'news-article',
          publisher: 'fashionista',
          published: '2019',
          ...body,
        }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const kept = await save({ title: 'Kept', text: TEXT });
    const bare = await save({ title: 'Bare' });
    const rows = await gateway.read(
      'MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.text AS text ORDER BY s.title DESC',
      { ids: [kept, bare] },
    );
    expect(rows).toEqual([
      { id: kept, text: TEXT },
      { id: bare, text: null },
    ]);
    await loadBundledData(gateway);
    baseline = { counts: await counts(gateway), sum: await checksum(gateway) };
  });

  it('needs the editor token', async () => {
    const body = { text: TEXT, title: 'T', publisher: 'P', published: '2019' };
    expect((await analyse(body, null)).status).toBe(401);
    expect((await analyse(body, 'wrong-token-000000000')).status).toBe(401);
  });

  it('refuses bad bodies with problems naming the field, and reads hostile text as text', async () => {
    const bad = await analyse({ text: '', title: 'T', publisher: 'P', published: '2019' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(
      'body.text',
    );
    expect(
      (await analyse({ text: 'x', title: 'T', publisher: 'P', published: '13/2019' })).status,
    ).toBe(400);
    expect(
      (await analyse({ text: 'x', title: 'T', publisher: 'P', published: '2019', extra: 1 }))
        .status,
    ).toBe(400);
    expect((await analyse('{"text": ')).status).toBe(400);
    const huge = await analyse({
      text: 'a'.repeat(200_001),
      title: 'T',
      publisher: 'P',
      published: '2019',
    });
    expect(huge.status).toBe(400);
    const hostile =
      'Gucci") DETACH DELETE n // sued *:* OR name:* Alibaba \u0000 <script>alert(1)</script> ' +
      'OR 1=1 AND Kering~2 "constructive" \\ \' MATCH (n) DELETE n';
    const res = await analyse({ text: hostile, title: 'T', publisher: 'P', published: '2019' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { mentions: { entity: string }[] };
    expect(body.mentions.map((m) => m.entity)).toEqual(['gucci', 'alibaba', 'kering']);
    expect({ counts: await counts(gateway), sum: await checksum(gateway) }).toEqual(baseline);
  });
});
