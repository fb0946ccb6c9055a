// "As known on" a day on paths, the timeline (an entity's story), the snapshot on a day and the
// changes between two days, against the real database: real edits through the API (a rename
// and three retractions), then known= on the day before the edits gives exactly the answers
// read before them, and known= on the day of the edits the answers read after them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Changes, PathsAnswer, Snapshot, Timeline } from '../../server/domain/api';
import type { RevisionsAnswer } from '../../server/domain/wire/authoring';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { recordedLongAgo } from '../support/revisions';

const TOKEN = 'alice-token-0123456789';
const ctx = {} as { gateway: Neo4jGateway; app: RunningApp };

const PATHS = '/api/paths?from=saint-laurent&to=ebay&mode=all';
const TIMELINE = '/api/timeline?entity=gucci';
const SNAPSHOT = '/api/snapshot?date=2016-04-15';
const CHANGES = '/api/changes?from=2016-04-01&to=2016-05-15';
const READS = [PATHS, TIMELINE, SNAPSHOT, CHANGES] as const;

/** What each read says, reduced to what the comparison needs (path sequences, not order). */
type Answers = Record<(typeof READS)[number], unknown>;

async function readAll(known?: string): Promise<Answers> {
  const at = (path: string): string => (known ? `${path}&known=${known}` : path);
  const paths = await ctx.app.getJson<PathsAnswer>(at(PATHS));
  const timeline = await ctx.app.getJson<Timeline>(at(TIMELINE));
  const snapshot = await ctx.app.getJson<Snapshot>(at(SNAPSHOT));
  const changes = await ctx.app.getJson<Changes>(at(CHANGES));
  return {
    // Parallel facts give one path per sequence of entities, whichever fact the read met first.
    [PATHS]: {
      paths: paths.paths.map((p) => p.nodes.join('>')).sort(),
      names: paths.graph.nodes.map((n) => n.attributes.name).sort(),
    },
    [TIMELINE]: { events: timeline.events, entities: timeline.entities },
    [SNAPSHOT]: {
      active: snapshot.active,
      uncertain: snapshot.uncertain,
      edges: snapshot.graph.edges.map((e) => e.key).sort(),
    },
    [CHANGES]: changes.changes,
  };
}

async function send(method: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${ctx.app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
}

/** The UTC day `days` after ISO day `day`. */
function dayAfter(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

let before: Answers;
let after: Answers;
let editDay: string;
let retracted: { path: string; snapshot: string; change: string };

beforeAll(async () => {
  ctx.gateway = testGateway();
  await loadBundledData(ctx.gateway);
  await recordedLongAgo(ctx.gateway);
  ctx.app = await serveApp({ gateway: ctx.gateway, editors: new Map([[TOKEN, 'alice']]) });
  before = await readAll();
  // The facts to retract: one on a path, one in force on the snapshot's day, one that changed.
  const paths = await ctx.app.getJson<PathsAnswer>(PATHS);
  const snapshot = await ctx.app.getJson<Snapshot>(SNAPSHOT);
  const changes = await ctx.app.getJson<Changes>(CHANGES);
  const onPath = paths.paths[0]?.edges[0];
  const inForce = snapshot.active.at(-1)?.facts[0];
  const changed = changes.changes.at(-1)?.facts[0];
  if (!onPath || !inForce || !changed) throw new Error('the article has changed');
  retracted = { path: onPath, snapshot: inForce, change: changed };

  const made = await send('POST', '/api/entities', {
    id: 'acme-new',
    kind: 'Company',
    name: 'Acme',
  });
  if (made.status !== 201) throw new Error(`create: ${await made.text()}`);
  const renamed = await send('PATCH', '/api/entities/gucci', {
    revision: 0,
    name: 'Gucci (renamed)',
    comment: 'test rename',
  });
  if (renamed.status !== 200) throw new Error(`rename: ${await renamed.text()}`);
  for (const id of new Set([onPath, inForce, changed])) {
    const gone = await send('DELETE', `/api/facts/${encodeURIComponent(id)}`, {});
    if (gone.status !== 200) throw new Error(`retract ${id}: ${await gone.text()}`);
  }
  after = await readAll();
  // The day of the edits, from the server's own clock (a rename's revision `at`).
  const history = await ctx.app.getJson<RevisionsAnswer>('/api/revisions?entity=gucci');
  editDay = history.revisions[0]?.at.slice(0, 10) ?? '';
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.gateway.close();
});

describe('known= on paths, timeline, snapshot and changes', () => {
  it('the edits changed what each read answers now', () => {
    for (const path of READS) expect(after[path]).not.toEqual(before[path]);
    expect(JSON.stringify(after[TIMELINE])).toContain('Gucci (renamed)');
    expect(JSON.stringify(after[CHANGES])).not.toContain(retracted.change);
  });

  it('known= the day before the edits answers exactly as before them', async () => {
    const then = await readAll(dayAfter(editDay, -1));
    for (const path of READS) expect(then[path]).toEqual(before[path]);
    expect(JSON.stringify(then[TIMELINE])).not.toContain('Gucci (renamed)');
    const snapshot = then[SNAPSHOT] as { edges: string[] };
    expect(snapshot.edges).toContain(retracted.snapshot);
    expect(JSON.stringify(then[CHANGES])).toContain(retracted.change);
  });

  it('known= the day of the edits answers as after them', async () => {
    const now = await readAll(editDay);
    for (const path of READS) expect(now[path]).toEqual(after[path]);
    expect((now[SNAPSHOT] as { edges: string[] }).edges).not.toContain(retracted.snapshot);
  });

  it('refuses a known= that is not a day (400), and an entity not yet recorded then (404)', async () => {
    expect((await ctx.app.get(`${SNAPSHOT}&known=2016-13-01`)).status).toBe(400);
    expect((await ctx.app.get(`${CHANGES}&known=yesterday`)).status).toBe(400);
    const then = dayAfter(editDay, -1);
    const path = await ctx.app.get(`/api/paths?from=acme-new&to=ebay&known=${then}`);
    expect(path.status).toBe(404);
    const story = await ctx.app.get(`/api/timeline?entity=acme-new&known=${then}`);
    expect(story.status).toBe(404);
    const today = await ctx.app.getJson<Timeline>(`/api/timeline?entity=acme-new&known=${editDay}`);
    expect(today.events).toEqual([]);
  });
});
