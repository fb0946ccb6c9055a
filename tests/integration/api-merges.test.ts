// Merges over HTTP against the real database: editors only (401/403), hostile input refused
// with nothing written, a merge that redirects B's id and writes revisions, an undo that gives
// back the export made before, and the suggested pairs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetails } from '../../server/domain/api';
import type { SerializedGraph } from '../../server/domain/model';
import type { RevisionsAnswer } from '../../server/domain/wire/authoring';
import type { MergeCandidatesResponse, MergeResponse } from '../../server/domain/wire/merges';
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

/** Sends a body (text as is, anything else as JSON) with a token; status and parsed body. */
async function send(
  path: string,
  body: unknown,
  token: string | null = ALICE,
  app: RunningApp = ctx.app,
  contentType = 'application/json',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = contentType;
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const sorted = (g: SerializedGraph): SerializedGraph => ({
  ...g,
  nodes: [...g.nodes].sort((a, b) => a.key.localeCompare(b.key)),
  edges: [...g.edges].sort((a, b) => a.key.localeCompare(b.key)),
});
const exportNow = async (): Promise<SerializedGraph> =>
  sorted(await ctx.app.getJson<SerializedGraph>('/api/export?format=json'));

const MERGE = '/api/entities/gucci/merge';
const UNKNOWN_MERGE = '/api/merges/00000000-0000-4000-8000-000000000000/undo';

describe('refusals write nothing', () => {
  it.each([
    ['no token', MERGE, { from: 'saint-laurent' }, null, 'rw', 401],
    ['a wrong token', MERGE, { from: 'saint-laurent' }, 'wrong-token-0123456789', 'rw', 401],
    ['no token configured', MERGE, { from: 'saint-laurent' }, ALICE, 'ro', 403],
    ['undo without a token', UNKNOWN_MERGE, {}, null, 'rw', 401],
    ['undo with editing off', UNKNOWN_MERGE, {}, ALICE, 'ro', 403],
    ['an unknown field', MERGE, { from: 'saint-laurent', into: 'x' }, ALICE, 'rw', 400],
    ['an id that is not one', MERGE, { from: "x' OR 1=1 //" }, ALICE, 'rw', 400],
    ['from missing', MERGE, { comment: 'why' }, ALICE, 'rw', 400],
    ['itself', MERGE, { from: 'gucci' }, ALICE, 'rw', 400],
    ['a revision that is text', MERGE, { from: 'kering', revision: '1' }, ALICE, 'rw', 400],
    ['a comment too long', MERGE, { from: 'kering', comment: 'x'.repeat(2001) }, ALICE, 'rw', 400],
    ['an array body', MERGE, ['saint-laurent'], ALICE, 'rw', 400],
    [
      'a prototype key',
      MERGE,
      JSON.parse('{"from":"kering","__proto__":{"x":1}}'),
      ALICE,
      'rw',
      400,
    ],
    ['an unknown entity', MERGE, { from: 'no-such-entity' }, ALICE, 'rw', 404],
    ['an unknown target', '/api/entities/no-such/merge', { from: 'gucci' }, ALICE, 'rw', 404],
    ['a stale revision', MERGE, { from: 'kering', revision: 41 }, ALICE, 'rw', 409],
    ['a merge id that is not one', '/api/merges/abc/undo', {}, ALICE, 'rw', 400],
    ['an unknown merge', UNKNOWN_MERGE, {}, ALICE, 'rw', 404],
  ] as const)('%s', async (_name, path, body, token, app, status) => {
    const before = await checksum(ctx.gateway);
    const answer = await send(path, body, token, app === 'ro' ? ctx.readOnly : ctx.app);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ status });
    expect(await checksum(ctx.gateway)).toBe(before);
  });

  it('refuses a body that is not JSON (415) or too large (413)', async () => {
    const before = await checksum(ctx.gateway);
    expect((await send(MERGE, 'from=kering', ALICE, ctx.app, 'text/plain')).status).toBe(415);
    const big = JSON.stringify({ from: 'kering', comment: 'x'.repeat(40_000) });
    expect((await send(MERGE, big, ALICE)).status).toBe(413);
    expect(await checksum(ctx.gateway)).toBe(before);
  });
});

describe('merge and undo over HTTP', () => {
  it("redirects B's id while merged, writes named revisions, and undo restores the export", async () => {
    const before = await exportNow();
    const merged = await send(MERGE, { from: 'saint-laurent', comment: 'one brand' });
    expect(merged.status).toBe(200);
    const answer = merged.body as unknown as MergeResponse;
    expect(answer).toMatchObject({ into: 'gucci', from: 'saint-laurent', undone: false });

    const hop = await fetch(`${ctx.app.url}/api/entities/saint-laurent`, { redirect: 'manual' });
    expect(hop.status).toBe(307);
    expect(hop.headers.get('cache-control')).toBe('no-store');
    const page = await fetch(`${ctx.app.url}/api/entities/saint-laurent`);
    expect(page.redirected).toBe(true);
    expect(new URL(page.url).pathname).toBe('/api/entities/gucci');
    const details = (await page.json()) as EntityDetails;
    expect(details.entity.aliases).toContain('Saint Laurent');
    const around = await ctx.app.getJson<SerializedGraph>('/api/neighbourhood?ids=saint-laurent');
    expect(around.nodes.map((n) => n.key)).toContain('gucci');
    expect(around.nodes.map((n) => n.key)).not.toContain('saint-laurent');

    const history = await ctx.app.getJson<RevisionsAnswer>('/api/revisions?entity=gucci');
    expect(history.revisions[0]).toMatchObject({ action: 'merge', editor: 'alice' });

    const undone = await send(`/api/merges/${answer.merge}/undo`, undefined, BOB);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ undone: true, merge: answer.merge });
    expect(await exportNow()).toEqual(before);
    expect((await fetch(`${ctx.app.url}/api/entities/saint-laurent`)).redirected).toBe(false);
    const after = await ctx.app.getJson<RevisionsAnswer>('/api/revisions?entity=gucci');
    expect(after.revisions[0]).toMatchObject({ action: 'unmerge', editor: 'bob' });
    const again = await send(`/api/merges/${answer.merge}/undo`, {}, BOB);
    expect(again.status).toBe(409);
  });

  it("moves B's history with B: A's revisions list B's while merged, and no longer after undo", async () => {
    const edit = await fetch(`${ctx.app.url}/api/entities/saint-laurent`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${BOB}`, 'content-type': 'application/json' },
      body: JSON.stringify({ revision: 0, summary: 'Fashion house', comment: 'from its site' }),
    });
    expect(edit.status).toBe(200);
    const ofB = (r: RevisionsAnswer): string[] =>
      r.revisions.filter((v) => v.targetId === 'saint-laurent').map((v) => v.action);
    const merged = await send(MERGE, { from: 'saint-laurent' });
    expect(merged.status).toBe(200);
    const history = await ctx.app.getJson<RevisionsAnswer>('/api/revisions?entity=gucci');
    expect(ofB(history)).toContain('update');
    const edited = history.revisions.find(
      (v) => v.targetId === 'saint-laurent' && v.action === 'update',
    );
    expect(edited).toMatchObject({ editor: 'bob', comment: 'from its site' });
    const own = await ctx.app.getJson<RevisionsAnswer>('/api/revisions?entity=saint-laurent');
    expect(ofB(own)).toContain('update');

    const undo = await send(
      `/api/merges/${(merged.body as unknown as MergeResponse).merge}/undo`,
      {},
    );
    expect(undo.status).toBe(200);
    const after = await ctx.app.getJson<RevisionsAnswer>('/api/revisions?entity=gucci');
    expect(ofB(after)).toEqual([]);
  });

  it('suggests a duplicate made in the app, and only suggests it', async () => {
    const made = await send('/api/entities', { kind: 'Brand', name: 'GUCCI', comment: 'dup' });
    expect(made.status).toBe(201);
    const id = String((made.body.entity as { id: string } | undefined)?.id ?? made.body.id);
    const sum = await checksum(ctx.gateway);
    const found = await ctx.app.getJson<MergeCandidatesResponse>(
      `/api/merge-candidates?entity=${encodeURIComponent(id)}`,
    );
    expect(found.pairs).toContainEqual({
      into: 'gucci',
      from: id,
      names: ['Gucci', 'GUCCI'],
      reasons: [{ match: 'name', value: 'gucci' }],
    });
    expect(await checksum(ctx.gateway)).toBe(sum);
    const bad = await ctx.app.get('/api/merge-candidates?limit=0&entity=x%27');
    expect(bad.status).toBe(400);
  });
});
