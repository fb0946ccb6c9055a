// Merges against the real database, through the service: B's facts and names move to A, B's id
// redirects, the revisions are written, and undo gives back exactly the export made before.
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../server/domain/model';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../server/errors';
import { mergeEntities, undoMerge, type Transact } from '../../../server/merging/merges';
import { readRedirects } from '../../../server/merging/redirects';
import { cypher, type QueryName } from '../../../server/neo4j/cypher-files';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { useArticleApp } from '../../support/article-app';
import { checksum } from '../../support/database';
import { recordedLongAgo } from '../../support/revisions';

const ctx = useArticleApp();

/** One write transaction over the gateway, the way the app's runner gives it. */
const transactOf =
  (gateway: Neo4jGateway): Transact =>
  (work) =>
    gateway.writeTransaction((wtx) =>
      work({
        database: gateway.database,
        run: (name: QueryName, ...params: [object?]) =>
          wtx.run(cypher(name), (params[0] ?? {}) as Record<string, unknown>),
      } as never),
    );

const sorted = (g: SerializedGraph): SerializedGraph => ({
  ...g,
  nodes: [...g.nodes].sort((a, b) => a.key.localeCompare(b.key)),
  edges: [...g.edges].sort((a, b) => a.key.localeCompare(b.key)),
});
const exportNow = async (): Promise<SerializedGraph> =>
  sorted(await ctx.app.getJson<SerializedGraph>('/api/export?format=json'));

describe('merge and undo', () => {
  it('moves facts and names, writes revisions, redirects, and undo restores the export', async () => {
    await recordedLongAgo(ctx.gateway);
    const before = await exportNow();
    const transact = transactOf(ctx.gateway);
    const done = await mergeEntities(transact, {
      into: 'gucci',
      from: 'saint-laurent',
      editor: 'alice',
      comment: 'test merge',
    });
    expect(done.moved.length).toBeGreaterThan(0);
    expect(done.revisions).toHaveLength(2 + done.moved.length + done.hidden.length);

    const merged = await exportNow();
    expect(merged.nodes.map((n) => n.key)).not.toContain('saint-laurent');
    const gucci = merged.nodes.find((n) => n.key === 'gucci');
    expect(gucci?.attributes.aliases).toContain('Saint Laurent');
    const movedEdges = merged.edges.filter((e) => done.moved.includes(e.key));
    expect(movedEdges).toHaveLength(done.moved.length);
    for (const e of movedEdges) expect([e.source, e.target]).toContain('gucci');
    expect(await readRedirects(ctx.gateway, ['saint-laurent', 'gucci'])).toEqual(
      new Map([['saint-laurent', 'gucci']]),
    );
    const revisions = await ctx.gateway.read(
      'MATCH (r:Revision {merge: $m}) RETURN r.action AS action, r.editor AS editor ORDER BY r.seq',
      { m: done.merge },
    );
    expect(revisions.map((r) => r.action)).toEqual(done.revisions.map(() => 'merge'));
    expect(new Set(revisions.map((r) => r.editor))).toEqual(new Set(['alice']));

    // As known yesterday: the graph before the merge, exactly.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(
      sorted(await ctx.app.getJson<SerializedGraph>(`/api/export?format=json&known=${yesterday}`)),
    ).toEqual(before);

    const undone = await undoMerge(transact, done.merge, 'bob');
    expect(undone).toMatchObject({ undone: true, into: 'gucci', from: 'saint-laurent' });
    expect(await exportNow()).toEqual(before);
    expect(await readRedirects(ctx.gateway, ['saint-laurent'])).toEqual(new Map());
    await expect(undoMerge(transact, done.merge, 'bob')).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses, writing nothing: itself, unknown ids, a stale revision, an undo after a change', async () => {
    const transact = transactOf(ctx.gateway);
    const sum = await checksum(ctx.gateway);
    const base = { editor: 'alice' } as const;
    await expect(
      mergeEntities(transact, { ...base, into: 'gucci', from: 'gucci' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      mergeEntities(transact, { ...base, into: 'gucci', from: 'no-such' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      mergeEntities(transact, { ...base, into: 'gucci', from: 'kering', revision: 999 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(undoMerge(transact, 'no-such-merge', 'bob')).rejects.toBeInstanceOf(NotFoundError);
    expect(await checksum(ctx.gateway)).toBe(sum);

    const done = await mergeEntities(transact, { ...base, into: 'kering', from: 'alibaba' });
    await ctx.gateway.write("MATCH (e:Entity {id: 'kering'}) SET e.revision = e.revision + 1000");
    await expect(undoMerge(transact, done.merge, 'bob')).rejects.toBeInstanceOf(ConflictError);
  });
});
