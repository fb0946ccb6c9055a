// Loading the data files again over facts the app edited (issue 16): the file's version is
// written, the app's is kept as a loader revision that a revert brings back, the fact's record
// revision follows it, and a reload that changes nothing writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../../server/domain/model';
import type { RevisionsAnswer } from '../../../server/domain/wire/authoring';
import { loadFiles } from '../../../server/load/loader';
import { jsonFilesIn, readInputs } from '../../../server/load/read-inputs';
import { DATA_DIR } from '../../../server/load/seed';
import { validateFiles } from '../../../server/load/validate';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { loadBundledData, testGateway } from '../../support/database';
import { serveApp, type RunningApp } from '../../support/http-app';

const ALICE = 'alice-token-0123456789';
const FACT = 'a-alibaba-joins-iacc';
const ctx = {} as { gateway: Neo4jGateway; app: RunningApp };

beforeAll(async () => {
  ctx.gateway = testGateway();
  await loadBundledData(ctx.gateway);
  ctx.app = await serveApp({ gateway: ctx.gateway, editors: new Map([[ALICE, 'alice']]) });
});
afterAll(async () => {
  await ctx.app.close();
  await loadBundledData(ctx.gateway);
  await ctx.gateway.close();
});

/** Loads the bundled files again, without clearing the database first. */
async function reload(): Promise<void> {
  const validation = validateFiles(readInputs(jsonFilesIn(DATA_DIR)));
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  await loadFiles(ctx.gateway, validation.files);
}

async function patch(body: Record<string, unknown>): Promise<{ status: number; fact: Fact }> {
  const res = await fetch(`${ctx.app.url}/api/facts/${FACT}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${ALICE}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, fact: (await res.json()) as Fact };
}

const history = async (): Promise<RevisionsAnswer['revisions']> =>
  (await ctx.app.getJson<RevisionsAnswer>(`/api/revisions?fact=${FACT}`)).revisions;

describe('a reload over facts the app edited', () => {
  it('writes the file, keeps the app version as a revision, and revert brings it back', async () => {
    const ranked = await patch({ revision: 0, rank: 'deprecated', rankReason: 'superseded' });
    expect(ranked.status).toBe(200);
    const editedAt = ranked.fact.revision ?? 0;
    expect(editedAt).toBeGreaterThan(0);

    await reload();
    const [kept, ...older] = await history();
    expect(kept).toMatchObject({ action: 'update', editor: 'loader', targetId: FACT });
    expect(kept?.before).toMatchObject({ rank: 'deprecated', rankReason: 'superseded' });
    expect(kept?.after).not.toHaveProperty('rank');
    expect(older[0]).toMatchObject({ seq: editedAt, editor: 'alice' });
    const stored = await ctx.gateway.read(
      'MATCH ()-[r {id: $id}]->() RETURN r.revision AS revision, r.rank AS rank',
      { id: FACT },
    );
    expect(stored).toEqual([{ revision: kept?.seq, rank: null }]);

    // The record revision is the loader's: a save from the app's old one is stale.
    expect((await patch({ revision: editedAt, rankReason: 'again' })).status).toBe(409);
    const reverted = await fetch(`${ctx.app.url}/api/revisions/${kept?.id ?? ''}/revert`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ALICE}`, 'content-type': 'application/json' },
      body: JSON.stringify({ comment: 'the app was right' }),
    });
    expect(reverted.status).toBe(200);
    const rows = await ctx.gateway.read('MATCH ()-[r {id: $id}]->() RETURN r.rank AS rank', {
      id: FACT,
    });
    expect(rows).toEqual([{ rank: 'deprecated' }]);
  });

  it('writes no revision when a reload leaves an edited fact as it was', async () => {
    await reload();
    const first = (await history()).length;
    const top = (await history())[0]?.seq;
    await reload();
    const again = await history();
    expect(again).toHaveLength(first);
    expect(again[0]?.seq).toBe(top);
    const rows = await ctx.gateway.read(
      'MATCH ()-[r {id: $id}]->() RETURN r.revision AS revision',
      { id: FACT },
    );
    expect(rows).toEqual([{ revision: top }]);
  });

  it('leaves facts the app never edited without revisions', async () => {
    const untouched = await ctx.app.getJson<RevisionsAnswer>(
      '/api/revisions?fact=a-gucci-leaves-iacc',
    );
    expect(untouched.revisions).toEqual([]);
  });
});
