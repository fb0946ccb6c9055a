// Stories over HTTP with the real database: writes need the editor token, reads are open once
// published (signed in the analyst mode), publishing pins each step's data, hostile input is
// refused with the field named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryDocument } from '../../server/domain/wire/story';
import { storyDocument } from '../../server/domain/wire/story';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { GUCCI_EDITED_TIME, patchFactTime } from '../support/story-edit';

const EDITOR = 'story-editor-token-0123456789';
const ANALYST = 'analyst-token-for-the-tests';
const KEY = 'embed-signing-key-for-the-tests-0123456789';
let gateway: Neo4jGateway;
let app: RunningApp;
let readOnly: RunningApp;
let guarded: RunningApp;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway, editors: new Map([[EDITOR, 'ann']]) });
  readOnly = await serveApp({ gateway });
  guarded = await serveApp({
    gateway,
    editors: new Map([[EDITOR, 'ann']]),
    embed: { analystToken: ANALYST, signingKey: KEY, origins: ['*'] },
  });
});
afterAll(async () => {
  await loadBundledData(gateway);
  await Promise.all([app.close(), readOnly.close(), guarded.close()]);
  await gateway.close();
});

const STEPS = [
  { view: 'expanded=iacc&asOf=2016-04-21&entity=alibaba', caption: 'Alibaba is *admitted*' },
  { view: 'expanded=iacc&asOf=2016-04-30&fact=a-michael-kors-leaves-iacc', caption: 'Kors leaves' },
  { view: 'expanded=iacc&asOf=2016-05-04&fact=a-gucci-leaves-iacc', caption: 'Gucci leaves' },
  {
    view: 'expanded=iacc,ebay&view=10.0,20.0,1.500',
    caption: 'eBay [declines](https://example.com)',
  },
];
const BODY = {
  title: 'The IACC membership fight',
  summary: 'Who left',
  author: 'Ann',
  steps: STEPS,
};

function send(
  running: RunningApp,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = EDITOR,
): Promise<Response> {
  return fetch(`${running.url}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
}

async function problem(
  response: Response,
  status: number,
): Promise<{ errors?: { path: string }[]; detail: string }> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { errors?: { path: string }[]; detail: string };
}

async function created(running = app): Promise<StoryDocument> {
  const response = await send(running, 'POST', '/api/stories', BODY);
  expect(response.status).toBe(201);
  const story = (await response.json()) as StoryDocument;
  expect(response.headers.get('location')).toBe(`/api/stories/${story.id}`);
  return story;
}

describe('stories', () => {
  it('creates, edits with a revision, publishes and pins; later graph edits do not reach readers', async () => {
    const story = await created();
    expect(storyDocument.safeParse(story).success).toBe(true);
    expect(story).toMatchObject({ revision: 1, title: BODY.title, steps: STEPS });
    // Not published: readers get 404, editors the draft.
    await problem(await send(app, 'GET', `/api/stories/${story.id}`, undefined, null), 404);
    const edited = await send(app, 'PUT', `/api/stories/${story.id}`, {
      ...BODY,
      title: 'IACC',
      revision: 1,
    });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as StoryDocument).revision).toBe(2);
    const stale = await problem(
      await send(app, 'PUT', `/api/stories/${story.id}`, { ...BODY, revision: 1 }),
      409,
    );
    expect(stale.detail).toMatch(/revision 1.*at 2/);

    const publish = await send(app, 'POST', `/api/stories/${story.id}/publish`);
    expect(publish.status).toBe(200);
    const published = (await publish.json()) as StoryDocument;
    expect(storyDocument.safeParse(published).success).toBe(true);
    expect(published.published?.data).toHaveLength(4);
    const gucciStep = published.published?.data[2];
    const gucci = gucciStep?.graph.edges.find((e) => e.key === 'a-gucci-leaves-iacc');
    expect(gucci?.attributes.time.at?.date).toBe('2016-05-04');
    expect(gucciStep?.view.asOf).toBe('2016-05-04');
    expect(published.links?.embed).toBe(`${app.url}/stories/${story.id}`);

    const reader = (await (
      await send(app, 'GET', `/api/stories/${story.id}`, undefined, null)
    ).json()) as StoryDocument;
    expect(reader.title).toBe('IACC');
    expect(reader.changes).toBeUndefined();

    const patched = await patchFactTime(
      app.url,
      EDITOR,
      'a-gucci-leaves-iacc',
      0,
      GUCCI_EDITED_TIME,
    );
    expect(patched.time.at?.date).toBe('2016-05-11');
    const after = (await (
      await send(app, 'GET', `/api/stories/${story.id}`, undefined, null)
    ).json()) as StoryDocument;
    const pinned = after.published?.data[2]?.graph.edges.find(
      (e) => e.key === 'a-gucci-leaves-iacc',
    );
    expect(pinned?.attributes.time.at?.date).toBe('2016-05-04');
    const forEditor = (await (
      await send(app, 'GET', `/api/stories/${story.id}`)
    ).json()) as StoryDocument;
    expect(forEditor.changes?.find((c) => c.step === 2)?.facts.changed).toEqual([
      'a-gucci-leaves-iacc',
    ]);

    const frozen = await send(app, 'GET', `/api/stories/${story.id}/frozen`, undefined, null);
    expect(frozen.status).toBe(200);
    const html = await frozen.text();
    expect(html).toContain('"date":"2016-05-04"');
    expect(html).not.toContain('"date":"2016-05-11"');

    const oembed = await app.getJson<{ title: string; html: string }>(
      `/oembed?url=${encodeURIComponent(`${app.url}/stories/${story.id}`)}`,
    );
    expect(oembed.title).toBe('IACC');
    expect(oembed.html).toContain(`src="${app.url}/stories/${story.id}"`);
    await loadBundledData(gateway);
  });

  it('refuses writes without the editor token (401), and all writes when none is configured (403)', async () => {
    await problem(await send(app, 'POST', '/api/stories', BODY, null), 401);
    await problem(await send(app, 'POST', '/api/stories', BODY, 'wrong-token-0123456789'), 401);
    await problem(await send(readOnly, 'POST', '/api/stories', BODY), 403);
    const story = await created();
    await problem(await send(app, 'PUT', `/api/stories/${story.id}`, BODY, null), 401);
    await problem(
      await send(app, 'POST', `/api/stories/${story.id}/publish`, undefined, null),
      401,
    );
  });

  it('refuses hostile input, naming the field', async () => {
    const bad = async (body: unknown, path: string): Promise<void> => {
      const p = await problem(await send(app, 'POST', '/api/stories', body), 400);
      expect(p.errors?.map((e) => e.path)).toContain(path);
    };
    await bad(
      { ...BODY, steps: [{ view: 'expanded=x&evil=1', caption: '' }] },
      'body.steps.0.view',
    );
    await bad({ ...BODY, steps: [{ view: "expanded=a'b", caption: '' }] }, 'body.steps.0.view');
    await bad({ ...BODY, steps: [{ view: 'asOf=2016-13-40', caption: '' }] }, 'body.steps.0.view');
    await bad({ ...BODY, title: '' }, 'body.title');
    await bad(
      { ...BODY, steps: [{ ...STEPS[0], caption: 'x'.repeat(3000) }] },
      'body.steps.0.caption',
    );
    await bad({ ...BODY, admin: true }, 'body');
    await problem(await send(app, 'POST', '/api/stories', '{"title":'), 400);
    await problem(await send(app, 'POST', '/api/stories', 'x'.repeat(300_000)), 413);
    await problem(await send(app, 'GET', '/api/stories/..%2F..%2Fetc', undefined, null), 400);
    await problem(await send(app, 'GET', `/api/stories/${'A'.repeat(22)}`), 404);
    // A caption's HTML stays text: stored as sent, drawn only through textContent by the client.
    const story = (await (
      await send(app, 'POST', '/api/stories', {
        ...BODY,
        steps: [{ view: 'expanded=iacc', caption: '<script>alert(1)</script>' }],
      })
    ).json()) as StoryDocument;
    expect(story.steps[0]?.caption).toBe('<script>alert(1)</script>');
  });

  it('in the analyst mode, readers need a token or the story signature', async () => {
    const story = await created(guarded);
    const publish = await send(guarded, 'POST', `/api/stories/${story.id}/publish`);
    const links = ((await publish.json()) as StoryDocument).links;
    const sig = new URL(links?.embed ?? '').searchParams.get('sig');
    expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await problem(await send(guarded, 'GET', `/api/stories/${story.id}`, undefined, null), 403);
    await problem(
      await send(guarded, 'GET', `/api/stories/${story.id}?sig=${'A'.repeat(43)}`, undefined, null),
      403,
    );
    const signed = await send(
      guarded,
      'GET',
      `/api/stories/${story.id}?sig=${sig}`,
      undefined,
      null,
    );
    expect(signed.status).toBe(200);
    const analyst = await send(guarded, 'GET', `/api/stories/${story.id}`, undefined, ANALYST);
    expect(analyst.status).toBe(200);
    const frozen = await send(
      guarded,
      'GET',
      `/api/stories/${story.id}/frozen?sig=${sig}`,
      undefined,
      null,
    );
    expect(frozen.status).toBe(200);
  });
});
