// Editing against the real database: PATCH with optimistic concurrency (409 with both
// versions), ranks, retraction, history with field-by-field changes, and revert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../server/domain/api';
import type { Entity, Fact, SerializedGraph } from '../../server/domain/model';
import type { Revision, RevisionsAnswer } from '../../server/domain/wire/authoring';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { checksum, loadBundledData, testGateway } from '../support/database';
import { sendJson, TEST_EDITORS, testEditors } from '../support/editor-requests';
import { serveApp, type RunningApp } from '../support/http-app';

const ctx = {} as { gateway: Neo4jGateway; app: RunningApp };

beforeAll(async () => {
  ctx.gateway = testGateway();
  await loadBundledData(ctx.gateway);
  ctx.app = await serveApp({ gateway: ctx.gateway, editors: testEditors() });
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.gateway.close();
});

const send = (
  method: string,
  path: string,
  body?: unknown,
  token: string | null = TEST_EDITORS.alice,
  headers: Record<string, string> = {},
) => sendJson(ctx.app, method, path, body, token, headers);

async function history(query: string): Promise<readonly Revision[]> {
  const answer = await send('GET', `/api/revisions?${query}`);
  expect(answer.status).toBe(200);
  return (answer.body as unknown as RevisionsAnswer).revisions;
}

describe('editing entities', () => {
  it('changes a loaded entity from revision 0, then refuses a stale revision with both versions', async () => {
    const first = await send('PATCH', '/api/entities/gucci', {
      revision: 0,
      name: 'Gucci (Kering)',
      comment: 'full name',
    });
    expect(first.status).toBe(200);
    const renamed = first.body as unknown as Entity;
    expect(renamed).toMatchObject({ id: 'gucci', name: 'Gucci (Kering)', kind: 'Brand' });
    expect(renamed.revision).toBeGreaterThan(0);

    const before = await checksum(ctx.gateway);
    const stale = await send(
      'PATCH',
      '/api/entities/gucci',
      { revision: 0, name: 'Other' },
      TEST_EDITORS.bob,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      name: 'Gucci (Kering)',
      revision: renamed.revision,
    });
    expect(stale.body.yours).toEqual({ revision: 0, name: 'Other' });
    expect(await checksum(ctx.gateway)).toBe(before);

    const viaHeader = await send(
      'PATCH',
      '/api/entities/gucci',
      { name: 'Gucci' },
      TEST_EDITORS.bob,
      {
        'if-match': `"${renamed.revision}"`,
      },
    );
    expect(viaHeader.status).toBe(200);

    const revisions = await history('entity=gucci');
    expect(revisions.map((r) => [r.editor, r.action])).toEqual([
      ['bob', 'update'],
      ['alice', 'update'],
    ]);
    expect(revisions[1]?.comment).toBe('full name');
    expect(revisions[1]?.changes).toEqual([
      { field: 'name', before: 'Gucci', after: 'Gucci (Kering)' },
    ]);
  });

  it('reverts a revision with a new revision that restores the name', async () => {
    const [latest] = await history('entity=gucci');
    const older = (await history('entity=gucci'))[1] as Revision;
    const reverted = await send('POST', `/api/revisions/${older.id}/revert`, { comment: 'undo' });
    expect(reverted.status).toBe(200);
    expect(reverted.body.record).toMatchObject({ name: 'Gucci' });
    const revisions = await history('entity=gucci');
    expect(revisions[0]).toMatchObject({ action: 'revert', revertOf: older.id, editor: 'alice' });
    expect(revisions[0]?.seq).toBeGreaterThan(latest?.seq ?? 0);
    expect(revisions).toHaveLength(3);
  });

  it('refuses a change without the revision it starts from (400), and of an unknown entity (404)', async () => {
    const before = await checksum(ctx.gateway);
    expect((await send('PATCH', '/api/entities/gucci', { name: 'X' })).status).toBe(400);
    expect((await send('PATCH', '/api/entities/nobody', { revision: 0, name: 'X' })).status).toBe(
      404,
    );
    expect(await checksum(ctx.gateway)).toBe(before);
  });
});

describe('editing facts', () => {
  const FACT = 'a-alibaba-joins-iacc';

  it('ranks a claim deprecated with a reason (a `rank` revision), and the state on a day drops it', async () => {
    const day = '/api/snapshot?date=2016-04-30';
    const facts = (s: Snapshot): string[] => s.active.flatMap((a) => a.facts);
    const before = await ctx.app.getJson<Snapshot>(day);
    const alone = before.active.find((a) => a.facts.length === 1 && a.facts[0] !== FACT);
    const id = alone?.facts[0] ?? '';
    expect(id).not.toBe('');
    const ranked = await send('PATCH', `/api/facts/${id}`, {
      revision: 0,
      rank: 'deprecated',
      rankReason: 'superseded',
    });
    expect(ranked.status).toBe(200);
    expect(ranked.body).toMatchObject({ id, rank: 'deprecated', rankReason: 'superseded' });
    expect((await history(`fact=${id}`))[0]).toMatchObject({ action: 'rank' });
    const after = await ctx.app.getJson<Snapshot>(day);
    expect(facts(before)).toContain(id);
    expect(facts(after)).not.toContain(id);
    expect(facts(after)).toHaveLength(facts(before).length - 1);
    const rows = await ctx.gateway.read('MATCH ()-[r {id: $id}]->() RETURN r.rank AS rank', { id });
    expect(rows).toEqual([{ rank: 'deprecated' }]);
  });

  it('edits a fact time and keeps the source wording; two saves from one revision conflict', async () => {
    const time = { at: { date: '2016-04-14', precision: 'day', wording: 'on 14 April' } };
    const first = await send('PATCH', `/api/facts/${FACT}`, { revision: 0, time });
    expect(first.status).toBe(200);
    expect((first.body as unknown as Fact).time).toEqual(time);
    const second = await send(
      'PATCH',
      `/api/facts/${FACT}`,
      { revision: 0, claim: 'x' },
      TEST_EDITORS.bob,
    );
    expect(second.status).toBe(409);
    expect((second.body.current as Fact).time).toEqual(time);
  });

  it('refuses an edit that drops every source (422) and writes nothing', async () => {
    const before = await checksum(ctx.gateway);
    const [latest] = await history(`fact=${FACT}`);
    const res = await send('PATCH', `/api/facts/${FACT}`, { revision: latest?.seq, sources: [] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'sources', message: expect.any(String) as unknown }]);
    expect(await checksum(ctx.gateway)).toBe(before);
  });

  it('retracts a fact (gone from the graph, kept in the revision) and brings it back by revert', async () => {
    const res = await send('DELETE', `/api/facts/${FACT}`, { comment: 'wrong' });
    expect(res.status).toBe(200);
    const graph = await ctx.app.getJson<SerializedGraph>('/api/graph');
    expect(graph.edges.map((e) => e.key)).not.toContain(FACT);
    const [retract] = await history(`fact=${FACT}`);
    expect(retract).toMatchObject({ action: 'retract', after: null, comment: 'wrong' });
    expect((retract?.before as Fact).id).toBe(FACT);
    const back = await send('POST', `/api/revisions/${retract?.id}/revert`, {});
    expect(back.status).toBe(200);
    const again = await ctx.app.getJson<SerializedGraph>('/api/graph');
    const edge = again.edges.find((e) => e.key === FACT);
    expect(edge?.attributes.time.at?.wording).toBe('on 14 April');
    expect(edge?.attributes.sources).toEqual((retract?.before as Fact).sources);
  });

  it('answers 404 for an unknown revision to revert and 409 for reverting a source', async () => {
    expect((await send('POST', '/api/revisions/rev-999999/revert', {})).status).toBe(404);
    const source = await send('POST', '/api/sources', {
      kind: 'news-article',
      title: 'Another',
      publisher: 'associated-press',
      published: '2016-07',
    });
    expect(source.status).toBe(201);
    const [created] = await history(`source=${String(source.body.id)}`);
    expect((await send('POST', `/api/revisions/${created?.id}/revert`, {})).status).toBe(409);
  });
});
