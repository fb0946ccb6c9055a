// Addresses with parts the explorer cannot use: an unknown expanded id, a bad or reversed date.
// Each is said in words on the status line, and what was understood still opens.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleExplorer } from '../support/article-explorer';

const explorer = articleExplorer();

async function open(path: string): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${explorer.app.url}${path}`);
  await page.waitForSelector('#status.error');
  return page;
}

describe('addresses not understood', () => {
  it('opens the first view when the only expanded id is unknown, and says so', async () => {
    const page = await open('/?expanded=no-such-entity');
    expect(await page.textContent('#status')).toContain(
      'expanded: no entity has the id "no-such-entity"',
    );
    await page.waitForSelector('#graph .node[data-id="gucci"]');
    await page.close();
  });

  it('opens the known expanded entities and names the unknown one', async () => {
    const page = await open('/?expanded=lee-sporn,no-such-entity');
    expect(await page.textContent('#status')).toContain('"no-such-entity"');
    await page.waitForSelector('#graph .node[data-id="lee-sporn"]');
    await page.close();
  });

  it('says a date is not a date, and that a range is reversed, and opens the rest', async () => {
    const bad = await open('/?from=2016-13-45&entity=gucci');
    expect(await bad.textContent('#status')).toContain(
      'from: must be a calendar day written YYYY-MM-DD',
    );
    await bad.waitForSelector('#graph .node.selected[data-id="gucci"]');
    await bad.close();
    const reversed = await open('/?from=2016-05-01&to=2016-01-01');
    expect(await reversed.textContent('#status')).toContain('to: is before from');
    await reversed.waitForFunction(() => document.querySelectorAll('#graph .edge').length === 33);
    await reversed.close();
  });
});
