// The explorer's story panel in real Chromium: the four-step IACC story built by moving through
// views and pressing "Add to story", captioned (Markdown drawn as text and emphasis, never as
// HTML), reordered, a step deleted, saved and published with the editor token; and each published
// step drawn as the explorer drew it when it was captured (its places and camera, screenshots).
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryDocument } from '../../server/domain/wire/story';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { IACC_DAYS, IACC_STEPS } from '../support/story-fixture';

const EDITOR = 'story-editor-token-for-the-panel';
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway, editors: new Map([[EDITOR, 'ann']]) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await gateway.close();
});

/** Moves the explorer to a view as the back button would, and waits until it shows it. */
async function goTo(page: Page, view: string, shows: string): Promise<void> {
  await page.evaluate((search) => {
    history.pushState(null, '', `/?${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, view);
  await page.waitForFunction(
    (text) => document.querySelector('#details')?.textContent.includes(text),
    shows,
  );
}

describe('the story panel', () => {
  it('builds, captions, reorders, saves and publishes the IACC story', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.url}/?${IACC_STEPS[0].view}`);
    await page.waitForFunction(() =>
      document.querySelector('#details')?.textContent.includes('Alibaba'),
    );
    await page.click('summary:text("Story")');
    const shows = ['Alibaba', 'Michael Kors', 'Gucci', 'eBay'];
    // Steps 1, 2, 4, 3: then step 4 (Gucci) moves up into place.
    for (const i of [0, 1, 3, 2]) {
      const step = IACC_STEPS[i];
      if (!step) throw new Error(`no step ${i}`);
      if (i > 0) await goTo(page, step.view, shows[i] ?? '');
      await page.click('#story-add');
      const n = await page.$$eval('.story-step', (items) => items.length);
      await page.fill(`textarea[data-step="${n}"]`, step.caption);
    }
    await page.click('button[aria-label="Move step 4 up"]');
    // A fifth step, deleted again.
    await page.click('#story-add');
    await page.click('button[aria-label="Delete step 5"]');
    expect(await page.$$eval('.story-step', (items) => items.length)).toBe(4);
    const preview = await page.textContent('.story-step[data-step="1"] .story-caption-preview em');
    expect(preview).toBe('admits');
    // Each step lists the sources of the facts it selects (the article, for Alibaba's).
    const sources = await page.textContent('.story-step[data-step="1"] .story-step-sources');
    expect(sources).toMatch(/^Sources: .*Gucci/i);
    await page.fill('textarea[data-step="1"]', '<b>bold</b> and *admits*');
    expect(
      await page.$$eval('.story-step[data-step="1"] .story-caption-preview b', (b) => b.length),
    ).toBe(0);
    expect(await page.textContent('.story-step[data-step="1"] .story-caption-preview')).toContain(
      '<b>bold</b>',
    );
    await page.fill('textarea[data-step="1"]', IACC_STEPS[0].caption);

    await page.fill('input[name="title"]', 'The IACC membership fight');
    await page.fill('input[name="author"]', 'Panel test');
    await page.fill('input[name="token"]', EDITOR);
    await page.click('button:text("Save story")');
    await page.waitForSelector('.story-editor p[role="status"]:text("Saved")');
    await page.click('button:text("Publish")');
    await page.waitForSelector('.story-editor p[role="status"]:text("Published")');
    const href = await page.getAttribute(
      '.story-links a:text("Open the click-through story")',
      'href',
    );
    const id = /\/stories\/([A-Za-z0-9_-]{22})/.exec(href ?? '')?.[1];
    expect(id).toBeDefined();
    const story = await app.getJson<StoryDocument>(`/api/stories/${id ?? ''}`);
    expect(story.steps.map((s) => new URLSearchParams(s.view).get('asOf'))).toEqual([...IACC_DAYS]);
    expect(story.steps.map((s) => s.caption)).toEqual(IACC_STEPS.map((s) => s.caption));
    expect(new URLSearchParams(story.steps[0]?.view).get('entity')).toBe('alibaba');
    expect(new URLSearchParams(story.steps[2]?.view).get('fact')).toBe('a-gucci-leaves-iacc');
    expect(story.published?.data).toHaveLength(4);
    await page.close();
  });

  it('draws each published step as the explorer drew it when captured (same places and camera)', async () => {
    // Test styles hide what lies over the graph area (the pages' CSP refuses inline styles).
    const context = await browser.newContext({ bypassCSP: true });
    const explorer = await context.newPage();
    await explorer.setViewportSize({ width: 1400, height: 900 });
    await explorer.goto(`${app.url}/?${IACC_STEPS[0].view}`);
    await explorer.addStyleTag({ content: HIDE_OVERLAYS });
    await explorer.waitForFunction(() =>
      document.querySelector('#details')?.textContent.includes('Alibaba'),
    );
    await explorer.click('summary:text("Story")');
    const shots: PNG[] = [];
    const shows = ['Alibaba', 'Michael Kors', 'Gucci', 'eBay'];
    for (const [i, step] of IACC_STEPS.entries()) {
      if (i > 0) await goTo(explorer, step.view, shows[i] ?? '');
      // The reader's own camera: a pan and a zoom, which the step keeps.
      if (i === 1) await panAndZoom(explorer);
      await explorer.click('#story-add');
      shots.push(await graphShot(explorer));
    }
    const size = await graphSize(explorer);
    await explorer.fill('input[name="title"]', 'The IACC, as drawn');
    await explorer.fill('input[name="author"]', 'Panel test');
    await explorer.fill('input[name="token"]', EDITOR);
    await explorer.click('button:text("Save story")');
    await explorer.waitForSelector('.story-editor p[role="status"]:text("Saved")');
    await explorer.click('button:text("Publish")');
    await explorer.waitForSelector('.story-editor p[role="status"]:text("Published")');
    const href = await explorer.getAttribute(
      '.story-links a:text("Open the click-through story")',
      'href',
    );
    const story = await app.getJson<StoryDocument>(
      new URL(href ?? '').pathname.replace('/stories/', '/api/stories/'),
    );
    for (const step of story.steps) {
      expect(new URLSearchParams(step.view).get('view')).toMatch(/^-?[\d.]+,-?[\d.]+,[\d.]+$/);
      expect(step.layout?.width).toBe(size.width);
      expect(Object.keys(step.layout?.positions ?? {}).length).toBeGreaterThan(0);
    }
    // The scrolling embed fills its page: sized so its graph area is the explorer's (to the
    // pixel: the explorer's may end on a fraction), the two compared over the same pixels.
    const embed = await context.newPage();
    const scroll = `${href ?? ''}?mode=scroll`;
    const whole = { width: Math.round(size.width), height: Math.round(size.height) };
    await embed.setViewportSize(whole);
    for (let tries = 0; tries < 3; tries++) {
      await embed.goto(`${scroll}#step=1`);
      await embed.waitForSelector('#graph[data-step="1"]');
      const now = await graphSize(embed);
      const viewport = embed.viewportSize() ?? whole;
      const by = { width: size.width - now.width, height: size.height - now.height };
      if (Math.abs(by.width) < 1 && Math.abs(by.height) < 1) break;
      await embed.setViewportSize({
        width: Math.round(viewport.width + by.width),
        height: Math.round(viewport.height + by.height),
      });
    }
    const shown = await graphSize(embed);
    expect(Math.abs(shown.width - size.width)).toBeLessThan(1);
    expect(Math.abs(shown.height - size.height)).toBeLessThan(1);
    for (const [i, shot] of shots.entries()) {
      await embed.goto('about:blank');
      await embed.goto(`${scroll}#step=${i + 1}`);
      await embed.addStyleTag({ content: HIDE_OVERLAYS });
      await embed.waitForSelector(`#graph[data-step="${i + 1}"]`);
      expect(differingShare(shot, await graphShot(embed))).toBeLessThan(0.01);
    }
    await context.close();
  });
});

/** What lies over the graph area in either page but is not the graph: the legend, the day. */
const HIDE_OVERLAYS = '#legend, .story-day { visibility: hidden !important; }';

/** Pans the graph by dragging its empty corner, then zooms in with the wheel, as a reader would. */
async function panAndZoom(page: Page): Promise<void> {
  const box = await (await page.waitForSelector('#graph')).boundingBox();
  if (!box) throw new Error('no graph');
  const before = await page.getAttribute('#graph g.viewport', 'transform');
  await page.mouse.move(box.x + box.width - 12, box.y + box.height - 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 92, box.y + box.height - 52, { steps: 4 });
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -120);
  await page.waitForFunction(
    (was) => document.querySelector('#graph g.viewport')?.getAttribute('transform') !== was,
    before,
  );
}

async function graphSize(page: Page): Promise<{ width: number; height: number }> {
  return page.$eval('#graph', (g) => {
    const r = g.getBoundingClientRect();
    return { width: r.width, height: r.height };
  });
}

/** The graph area's pixels, its first `CLIP` whole CSS pixels from its top left corner. */
async function graphShot(page: Page): Promise<PNG> {
  const box = await (await page.waitForSelector('#graph')).boundingBox();
  if (!box) throw new Error('no graph');
  const clip = {
    x: box.x,
    y: box.y,
    width: Math.floor(box.width) - 1,
    height: Math.floor(box.height) - 1,
  };
  return PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
}

function differingShare(a: PNG, b: PNG): number {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  expect(Math.max(a.width, b.width) - width).toBeLessThanOrEqual(1);
  expect(Math.max(a.height, b.height) - height).toBeLessThanOrEqual(1);
  const crop = (p: PNG): Uint8Array => {
    const out = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++)
      out.set(p.data.subarray(y * p.width * 4, (y * p.width + width) * 4), y * width * 4);
    return out;
  };
  const diff = pixelmatch(crop(a), crop(b), null, width, height, { threshold: 0.1 });
  return diff / (width * height);
}
