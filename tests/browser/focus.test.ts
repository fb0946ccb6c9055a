// Focus in Chromium: "only" and "All" in each filter group, "only this entity and its
// neighbours" (and theirs), and an "as of" day said in words with each state drawn once.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleExplorer } from '../support/article-explorer';

const explorer = articleExplorer();

async function open(path = '/'): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${explorer.app.url}${path}`);
  await page.waitForSelector('#graph .node');
  return page;
}

const edgeTypes = (page: Page): Promise<string[]> =>
  page.$$eval('#graph .edge', (els) => [
    ...new Set(els.map((e) => e.getAttribute('data-type') ?? '')),
  ]);
const nodeIds = (page: Page): Promise<string[]> =>
  page.$$eval('#graph .node', (els) => els.map((e) => e.getAttribute('data-id') ?? '').sort());

describe('focus', () => {
  it('shows only lawsuits in one click, and all facts again in one more', async () => {
    const page = await open();
    await page.click('#filters button[aria-label="Show only sued"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#graph .edge')].every(
        (e) => e.getAttribute('data-type') === 'SUED',
      ),
    );
    expect(await edgeTypes(page)).toEqual(['SUED']);
    expect(await page.$$eval('#graph .edge', (els) => els.length)).toBe(4);
    await page.click('#filters button[aria-label="Show all facts"]');
    await page.waitForFunction(() => document.querySelectorAll('#graph .edge').length === 33);
    expect(page.url()).not.toContain('hideTypes');
    await page.click('#filters button[aria-label="Show only Brand"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#graph .node')].every(
        (e) => e.getAttribute('data-kind') === 'Brand',
      ),
    );
    expect(await nodeIds(page)).toEqual(['gucci', 'michael-kors', 'saint-laurent']);
    await page.close();
  });

  it('shows only an entity and its neighbours, then their neighbours too', async () => {
    const page = await open();
    await page.click('#graph .node[data-id="lee-sporn"]');
    await page.click('#details button:text("Only this and its neighbours")');
    await page.waitForFunction(() => location.search.includes('expanded=lee-sporn'));
    await page.waitForFunction(() => !document.querySelector('#graph .node[data-id="gucci"]'));
    expect(await nodeIds(page)).toEqual(['lee-sporn', 'michael-kors']);
    await page.click('#details button:text("… and their neighbours")');
    await page.waitForSelector('#graph .node[data-id="iacc"]');
    const wider = await nodeIds(page);
    expect(wider).toEqual(expect.arrayContaining(['iacc', 'alibaba', 'lee-sporn']));
    expect(wider).not.toContain('saint-laurent');
    await page.click('#undo');
    await page.waitForFunction(() => document.querySelectorAll('#graph .node').length === 2);
    await page.close();
  });

  it('says who was a member on 15 April 2016 and draws each state once', async () => {
    const page = await open('/?asOf=2016-04-15');
    await page.waitForSelector('#as-of-state li');
    expect(await page.textContent('#as-of-state p')).toBe('On 15 April 2016:');
    expect(await page.$$eval('#as-of-state li', (els) => els.map((e) => e.textContent))).toContain(
      'member of International Anti-Counterfeiting Coalition: Alibaba Group; uncertain: Gucci, Michael Kors.',
    );
    const kors = await page.$$eval('#graph .edge', (els) =>
      els
        .filter((e) => e.getAttribute('data-id')?.startsWith('a-michael-kors'))
        .map((e) => e.getAttribute('data-type')),
    );
    expect(kors.sort()).toEqual(['CALLED', 'MEMBER_OF']);
    await page.close();
  });
});
