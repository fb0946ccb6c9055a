// The Query panel in Chromium: answers read as entities, facts, lists and maps (not raw JSON),
// open full width, and a syntax error names the column in the text as typed.
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

async function run(page: Page, query: string, ready: string): Promise<void> {
  await page.fill('#query textarea', query);
  await page.click('#query button:text-is("Run")');
  await page.waitForSelector(ready);
}

describe('the Query panel', () => {
  it('writes entities, facts, lists and maps out, and opens the answer full width', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${ctx.app.url}/`);
    await page.waitForSelector('#graph .node');
    await page.click('summary:text-is("Query")');
    await run(
      page,
      "MATCH (b:Brand)-[r:LEFT]->(o:Entity {id: 'iacc'}) RETURN b, r, [b.id, o.id] AS ids, {name: b.name, n: 2} AS m ORDER BY b.id",
      '#query table',
    );
    const cells = await page.$$eval('#query tbody tr:first-child td', (els) =>
      els.map((e) => e.textContent),
    );
    expect(cells[0]).toBe('Gucci · Brand');
    expect(cells[1]).toMatch(/^LEFT \S+/);
    expect(
      await page.$$eval('#query tbody tr:first-child td:nth-child(3) li', (els) =>
        els.map((e) => e.textContent),
      ),
    ).toEqual(['gucci', 'iacc']);
    expect(
      await page.$$eval('#query tbody tr:first-child td:nth-child(4) dt', (els) =>
        els.map((e) => e.textContent),
      ),
    ).toEqual(['name', 'n']);
    const all = await page.$$eval('#query td', (els) => els.map((e) => e.textContent));
    expect(all.filter((t) => /^[[{]/.test(t))).toEqual([]);

    await page.click('#query button:text-is("Open wide")');
    await page.waitForSelector('dialog.query-wide[open] table');
    const width = await page.$eval('dialog.query-wide', (e) => e.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1366 * 0.8);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.query-wide:not([open])', { state: 'attached' });
    await page.close();
  });

  it('reports a syntax error at the column of the text as typed', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${ctx.app.url}/`);
    await page.waitForSelector('#graph .node');
    await page.click('summary:text-is("Query")');
    await run(page, 'MATCH (n) RETRN n', '#query .error');
    expect(await page.textContent('#query .error')).toContain('(line 1, column 11 (offset: 10))');
    await page.close();
  });
});
