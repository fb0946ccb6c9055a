// The story embed in real Chromium: the four-step IACC story published, framed by a page of
// another origin and stepped through by keyboard (each step as saved, and as its own #step=N
// link draws it), the scrolling embed following the host's scroll, the frozen file from file://
// with no request, a later edit of the graph not reaching readers, axe, and a 375 px phone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pixelmatch from 'pixelmatch';
import type { Browser, Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyScrollSnippet } from '../../server/domain/story-links';
import type { StoryDocument } from '../../server/domain/wire/story';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { seriousViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { GUCCI_EDITED_TIME, patchFactTime } from '../support/story-edit';
import { IACC_DAYS, publishIaccStory } from '../support/story-fixture';

const EDITOR = 'story-editor-token-for-browser';
let gateway: Neo4jGateway;
let app: RunningApp;
let host: { server: Server; url: string };
let browser: Browser;
let story: StoryDocument;
let dir: string;

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const filler = `<p>${'Text of the article around the story. '.repeat(60)}</p>`;

function startHost(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const src = url.searchParams.get('src') ?? '';
    const body =
      url.pathname === '/scroll'
        ? `${filler}${storyScrollSnippet(src, 'Story', 4)}${filler}`
        : `<iframe src="${attr(src)}" title="Story" width="900" height="600" style="border:0"></iframe>`;
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">${body}</body></html>`,
      );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway, editors: new Map([[EDITOR, 'ann']]) });
  host = await startHost();
  browser = await launchBrowser();
  story = await publishIaccStory(app.url, EDITOR);
  dir = mkdtempSync(join(tmpdir(), 'brand-graph-story-'));
});
afterAll(async () => {
  await browser.close();
  await new Promise<void>((r) => host.server.close(() => r()));
  await loadBundledData(gateway);
  await app.close();
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

const embedUrl = (): string => story.links?.embed ?? '';

async function frameOf(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** What a step draws: entities, the selected element, the day. */
async function drawn(frame: Frame | Page, step: number) {
  await frame.waitForSelector(`#graph[data-step="${step}"]`);
  await frame.waitForFunction(() => !document.querySelector('#graph[data-moving]'));
  return frame.evaluate(() => ({
    nodes: [...document.querySelectorAll('#graph .node')]
      .map((n) => n.getAttribute('data-id'))
      .sort(),
    selected: [...document.querySelectorAll('#graph .selected')].map((n) =>
      n.getAttribute('data-id'),
    ),
    day: document.querySelector('#graph')?.getAttribute('data-as-of'),
    dayText: document.querySelector('#story-day')?.textContent,
    sources: document.querySelector('#story-sources')?.textContent ?? '',
  }));
}

/** What the saved step says it shows (the pinned data). */
function saved(i: number): { nodes: string[]; selected: string; day: string } {
  const data = story.published?.data[i];
  if (!data) throw new Error(`no step ${i}`);
  return {
    nodes: data.graph.nodes.map((n) => n.key).sort(),
    selected: data.view.selected?.id ?? '',
    day: data.view.asOf ?? '',
  };
}

async function graphShot(frame: Frame | Page): Promise<PNG> {
  const graph = await frame.waitForSelector('#graph');
  return PNG.sync.read(await graph.screenshot());
}

function differingShare(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const diff = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
  return diff / (a.width * a.height);
}

describe('the click-through story embed', () => {
  it('steps by keyboard on a host of another origin; each step is its saved view and its #step link', async () => {
    const context = await browser.newContext({
      reducedMotion: 'reduce',
      viewport: { width: 1000, height: 700 },
    });
    const page = await context.newPage();
    await page.goto(`${host.url}/frame?${new URLSearchParams({ src: embedUrl() })}`);
    const frame = await frameOf(page);
    const alone = await context.newPage();
    await alone.setViewportSize({ width: 900, height: 600 });
    for (let i = 0; i < 4; i++) {
      if (i > 0) {
        await frame.click('#story-caption');
        await page.keyboard.press('ArrowRight');
      }
      const shown = await drawn(frame, i + 1);
      const want = saved(i);
      expect(shown.nodes).toEqual(want.nodes);
      expect(shown.selected).toEqual([want.selected]);
      expect(shown.day).toBe(IACC_DAYS[i]);
      expect(shown.sources.length).toBeGreaterThan(0);
      await alone.goto(`${embedUrl()}#step=${i + 1}`);
      expect(await drawn(alone, i + 1)).toEqual(shown);
      expect(differingShare(await graphShot(frame), await graphShot(alone))).toBeLessThan(0.01);
    }
    await page.keyboard.press('ArrowLeft');
    expect((await drawn(frame, 3)).day).toBe('2016-05-04');
    await context.close();
  });

  it('#step=3 opens step 3 directly', async () => {
    const page = await browser.newPage();
    await page.goto(`${embedUrl()}#step=3`);
    const shown = await drawn(page, 3);
    expect(shown.day).toBe('2016-05-04');
    expect(shown.selected).toEqual(['a-gucci-leaves-iacc']);
    expect(await page.textContent('#story-count')).toBe('Step 3 of 4');
    await page.close();
  });
});

describe('swipes on the click-through embed', () => {
  it('a one-finger flick on the graph or the caption changes step; a slower drag pans the graph', async () => {
    const context = await browser.newContext({
      hasTouch: true,
      reducedMotion: 'reduce',
      viewport: { width: 900, height: 600 },
    });
    const page = await context.newPage();
    await page.goto(embedUrl());
    await drawn(page, 1);
    const cdp = await context.newCDPSession(page);
    let clock = Date.now() / 1000;
    /** One finger from `from` by `by` px in five moves `msEach` apart (touch event times). */
    const drag = async (from: { x: number; y: number }, by: number, msEach: number) => {
      const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y: from.y }],
          timestamp: (clock += msEach / 1000),
        });
      await send('touchStart', from.x);
      for (let i = 1; i <= 5; i++) await send('touchMove', from.x + (by * i) / 5);
      await send('touchEnd', from.x + by);
    };
    const box = await (await page.waitForSelector('#graph')).boundingBox();
    if (!box) throw new Error('no graph');
    // Off the entities: the graph's lower right corner (the step is fitted, in the middle).
    const empty = { x: box.x + box.width - 20, y: box.y + box.height - 20 };
    const camera = () => page.getAttribute('#graph g.viewport', 'transform');

    await drag(empty, -200, 16);
    expect((await drawn(page, 2)).day).toBe(IACC_DAYS[1]);
    const caption = await (await page.waitForSelector('#story-caption')).boundingBox();
    if (!caption) throw new Error('no caption');
    await drag({ x: caption.x + 40, y: caption.y + caption.height / 2 }, 200, 16);
    expect((await drawn(page, 1)).day).toBe(IACC_DAYS[0]);

    const before = await camera();
    await drag(empty, -200, 200);
    // The slow drag panned the graph by its length, and the story stayed on step 1.
    const moved = /translate\(([-\d.]+),/.exec((await camera()) ?? '')?.[1];
    const was = /translate\(([-\d.]+),/.exec(before ?? '')?.[1];
    expect(Number(moved) - Number(was)).toBeCloseTo(-200, 0);
    expect(await page.getAttribute('#graph', 'data-step')).toBe('1');
    expect(await page.textContent('#story-count')).toBe('Step 1 of 4');
    await context.close();
  });
});

describe('the scrolling story embed', () => {
  it('advances with the host page scroll', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(
      `${host.url}/scroll?${new URLSearchParams({ src: story.links?.scroll ?? '' })}`,
    );
    const frame = await frameOf(page);
    await drawn(frame, 1);
    const top = await page.evaluate(() => {
      const box = document.querySelector('[data-story-scroll]')?.parentElement;
      return box ? box.getBoundingClientRect().top + window.scrollY : 0;
    });
    const room = 4 * 700 - 700;
    for (const step of [2, 3, 4, 1]) {
      await page.evaluate((y) => window.scrollTo(0, y), top + ((step - 0.5) / 4) * room);
      expect((await drawn(frame, step)).day).toBe(IACC_DAYS[step - 1]);
    }
    await page.close();
  });
});

describe('the frozen story', () => {
  it('opens every step from file:// with zero requests', async () => {
    const response = await app.get(new URL(story.links?.frozen ?? '').pathname);
    expect(response.status).toBe(200);
    const file = join(dir, 'story.html');
    writeFileSync(file, await response.text());
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(pathToFileURL(file).href)) requests.push(r.url());
    });
    await context.route(/^(?!file:)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(file).href}#step=2`);
    expect((await drawn(page, 2)).day).toBe(IACC_DAYS[1]);
    await page.click('#story-next');
    expect((await drawn(page, 3)).day).toBe(IACC_DAYS[2]);
    await page.keyboard.press('ArrowRight');
    expect((await drawn(page, 4)).day).toBe(IACC_DAYS[3]);
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('a published story is pinned', () => {
  it('keeps the fact as published after an editor changes it through the API, and lists the change for the editor', async () => {
    const page = await browser.newPage();
    await page.goto(`${embedUrl()}#step=3`);
    const before = await drawn(page, 3);
    expect(before.sources).toMatch(/4 May 2016/);
    const pinned = story.published?.data[2]?.graph.edges.find(
      (e) => e.key === 'a-gucci-leaves-iacc',
    );
    if (!pinned) throw new Error('step 3 pinned no Gucci notice');
    const edited = await patchFactTime(
      app.url,
      EDITOR,
      'a-gucci-leaves-iacc',
      0,
      GUCCI_EDITED_TIME,
    );
    expect(edited.time.at?.date).toBe('2016-05-11');
    await page.goto('about:blank');
    await page.goto(`${embedUrl()}#step=3`);
    const after = await drawn(page, 3);
    expect(after).toEqual(before);
    expect(after.sources).not.toMatch(/11 May 2016/);
    const forEditor = await fetch(`${app.url}/api/stories/${story.id}`, {
      headers: { authorization: `Bearer ${EDITOR}` },
    });
    const changes = ((await forEditor.json()) as StoryDocument).changes ?? [];
    expect(changes.find((c) => c.step === 2)?.facts.changed).toEqual(['a-gucci-leaves-iacc']);
    // Back as it was, through the API again (a reload would drop the published story too).
    await patchFactTime(
      app.url,
      EDITOR,
      'a-gucci-leaves-iacc',
      edited.revision ?? 0,
      pinned.attributes.time,
    );
    await page.close();
  });
});

describe('accessibility and phones', () => {
  it('has no serious or critical axe violations, and works at 375 px', async () => {
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 375, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(embedUrl());
    await drawn(page, 1);
    expect(await seriousViolations(page)).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    const next = await page.waitForSelector('#story-next');
    const box = await next.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await next.click();
    expect((await drawn(page, 2)).day).toBe(IACC_DAYS[1]);
    await context.close();
  });
});
