// The explorer's story panel in real Chromium: the four-step IACC story built by moving through
// views and pressing "Add to story", captioned (Markdown drawn as text and emphasis, never as
// HTML), reordered, a step deleted, saved and published with the editor token.
import type { Browser, Page } from 'playwright-core';
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
});
