// The explorer's timeline in Chromium: it follows the filters, zooms and pans (buttons, keys,
// Ctrl + wheel) with a readable axis at every zoom, its "as of" slider speaks in dates, and
// "What changed" says what is wrong with its days.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useArticleApp } from '../support/article-app';
import { launchBrowser } from '../support/browser';

const ctx = useArticleApp();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function open(path = '/'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${ctx.app.url}${path}`);
  await page.waitForSelector('#timeline .item');
  return page;
}

const timelineFacts = (page: Page): Promise<string[]> =>
  page.$$eval('#timeline .item', (els) => [
    ...new Set(els.map((e) => e.getAttribute('data-fact') ?? '')),
  ]);

const shown = async (page: Page): Promise<{ from: string; to: string; days: number }> => {
  const from = (await page.getAttribute('#timeline', 'data-from')) ?? '';
  const to = (await page.getAttribute('#timeline', 'data-to')) ?? '';
  return { from, to, days: (Date.parse(to) - Date.parse(from)) / 86400000 };
};

/** Tick labels of the axis: their texts, and whether any two overlap. */
const axis = (page: Page): Promise<{ labels: string[]; overlapping: boolean }> =>
  page.$$eval('#timeline .axis .tick text', (els) => {
    const boxes = els.map((e) => e.getBoundingClientRect());
    const overlapping = boxes.some((a, i) =>
      boxes.slice(i + 1).some((b) => a.left < b.right && b.left < a.right),
    );
    return { labels: els.map((e) => e.textContent), overlapping };
  });

describe('the timeline', () => {
  it('follows the filters: a hidden kind takes its facts off the timeline too', async () => {
    const page = await open();
    const before = await timelineFacts(page);
    await page.click('#filters label:has-text("Brand") input');
    await page.waitForFunction(
      (n) =>
        new Set(
          [...document.querySelectorAll('#timeline .item')].map((e) => e.getAttribute('data-fact')),
        ).size < n,
      before.length,
    );
    const after = await timelineFacts(page);
    const drawn = new Set(
      await page.$$eval('#graph .edge', (els) => els.map((e) => e.getAttribute('data-id') ?? '')),
    );
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((f) => !drawn.has(f))).toEqual([]);
    await page.close();
  });

  it('zooms and pans with buttons, keys and Ctrl + wheel, its axis readable at every zoom', async () => {
    const page = await open();
    const whole = await shown(page);
    let last = whole;
    const readable = async (): Promise<void> => {
      const { labels, overlapping } = await axis(page);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(new Set(labels).size).toBe(labels.length);
      expect(overlapping).toBe(false);
    };
    await readable();
    // Zoom in step by step down to the narrowest window (a week).
    for (let i = 0; i < 12; i += 1) {
      await page.click('button[aria-label="Zoom in on the timeline"]');
      const now = await shown(page);
      expect(now.days).toBeLessThanOrEqual(last.days);
      await readable();
      last = now;
    }
    expect(last.days).toBeLessThanOrEqual(8);
    await page.click('button[aria-label="Later"]');
    expect((await shown(page)).from > last.from).toBe(true);

    await page.click('button[aria-label="Show the whole time span"]');
    expect(await shown(page)).toEqual(whole);

    // Keys on a focused mark: + zooms in, → pans later, − zooms out.
    await page.focus('#timeline .item');
    await page.keyboard.press('+');
    const keyed = await shown(page);
    expect(keyed.days).toBeLessThan(whole.days);
    await page.keyboard.press('ArrowRight');
    expect((await shown(page)).from > keyed.from).toBe(true);
    await page.keyboard.press('-');
    expect((await shown(page)).days).toBeGreaterThan(keyed.days);

    // Ctrl + wheel (or a pinch) zooms about the pointer; a plain wheel leaves the axis alone.
    await page.click('button[aria-label="Show the whole time span"]');
    const box = await page.locator('#timeline').boundingBox();
    if (!box) throw new Error('no timeline box');
    await page.mouse.move(box.x + box.width * 0.6, box.y + 10);
    await page.mouse.wheel(0, 100);
    expect(await shown(page)).toEqual(whole);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await page.waitForFunction(
      (from) => document.querySelector('#timeline')?.getAttribute('data-from') !== from,
      whole.from,
    );
    expect((await shown(page)).days).toBeLessThan(whole.days);
    await readable();
    await page.close();
  });

  it('the "as of" slider announces a date, not a number', async () => {
    const page = await open();
    const slider = page.locator('input[type=range][aria-label="As of, by event"]');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('asOf'));
    const text = (await slider.getAttribute('aria-valuetext')) ?? '';
    expect(text).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, event day 2 of \d+$/);
    await page.close();
  });

  it('"What changed" says what is wrong with missing or swapped days', async () => {
    const page = await open();
    await page.click('button:text-is("What changed")');
    expect(await page.textContent('.changes li.error')).toBe(
      'Pick two days: "Changes from" and "to".',
    );
    await page.fill('input[aria-label="Compare from"]', '2016-05-01');
    await page.fill('input[aria-label="Compare to"]', '2016-04-01');
    await page.click('button:text-is("What changed")');
    expect(await page.textContent('.changes li.error')).toBe(
      'The first day (2016-05-01) is after the last (2016-04-01): swap them.',
    );
    await page.close();
  });
});
