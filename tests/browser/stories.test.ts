// Stories and sources in Chromium: one line per happening with all its citations, an entity's
// story with the events that make it, and publishers by name, never by id.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleExplorer } from '../support/article-explorer';

const explorer = articleExplorer();

async function story(path: string): Promise<{ page: Page; lines: string[] }> {
  const page = await explorer.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${explorer.app.url}${path}`);
  await page.waitForSelector('.story-section li');
  const more = page.locator('.story-section button:text-matches("^Show")');
  while ((await more.count()) > 0) await more.first().click();
  const lines = await page.$$eval('.story-section li', (els) => els.map((e) => e.textContent));
  return { page, lines };
}

const IDS = /associated-press|fashionista|the-fashion-law|bloomberg|reuters|coins2day/;

describe('stories and sources', () => {
  it("tells the IACC's events once each, with every source, publishers by name", async () => {
    const { page, lines } = await story('/?entity=iacc');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(8);
    const kors = lines.filter((l) => l.includes('Michael Kors'));
    expect(kors).toHaveLength(1);
    expect(kors[0]).toMatch(/Fashionista/);
    expect(lines.join('\n')).not.toMatch(IDS);
    expect(lines.join('\n')).not.toMatch(/Ended .*: Michael Kors/);
    await page.close();
  });

  it("tells Gucci's story with the events that make it", async () => {
    const { page, lines } = await story('/?entity=gucci');
    expect(lines.find((l) => /Alibaba Group joined/.test(l))).toMatch(/\(context\)/);
    expect(lines.find((l) => /Michael Kors left/.test(l))).toMatch(/\(context\)/);
    expect(lines.find((l) => /Gucci left/.test(l))).not.toMatch(/\(context\)/);
    await page.close();
  });

  it('tells the story of a set: the entity and its neighbours, and back', async () => {
    const { page, lines } = await story('/?entity=gucci');
    await page.click('.story-section button:text-is("Story of Gucci and its neighbours")');
    await page.waitForSelector('.story-section h3:text-is("Gucci and its neighbours: a timeline")');
    const more = page.locator('.story-section button:text-matches("^Show")');
    while ((await more.count()) > 0) await more.first().click();
    const wide = await page.$$eval('.story-section li', (els) => els.map((e) => e.textContent));
    expect(wide.length).toBeGreaterThan(lines.length);
    // Alibaba is Gucci's neighbour: its joining is the set's own event now, not context.
    expect(wide.find((l) => /Alibaba Group joined/.test(l))).not.toMatch(/\(context\)/);
    expect(wide.filter((l) => /Michael Kors left/.test(l))).toHaveLength(1);
    // (coins2day, cited here, is that publication's name as well as its id.)
    expect(wide.join('\n')).not.toMatch(/associated-press|the-fashion-law/);
    await page.click('.story-section button:text-is("Story of Gucci alone")');
    await page.waitForSelector('.story-section h3:text-is("Gucci: a timeline")');
    await page.close();
  });

  it("names a fact's publishers in its details", async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${explorer.app.url}/?fact=o-gucci-leaves-iacc`);
    await page.waitForSelector('#details li');
    const text = (await page.textContent('#details')) ?? '';
    expect(text).toMatch(/Associated Press/);
    expect(text).not.toMatch(IDS);
    await page.close();
  });
});
