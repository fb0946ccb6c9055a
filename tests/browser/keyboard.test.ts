// The explorer with the keyboard alone: from the search box to an entity's details in one Tab,
// "Path from" handing on to "Path to", and the Embed dialog (its controls first in the tab
// order, Tab kept inside, Escape closing it and focus back on the button that opened it).
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

/** What has the focus: its tag, text or label, and whether it is inside `within`. */
const focused = (page: Page, within: string) =>
  page.evaluate((selector) => {
    const e = document.activeElement as HTMLElement | null;
    return {
      tag: e?.tagName.toLowerCase() ?? '',
      label: (e?.getAttribute('aria-label') ?? e?.textContent ?? '').trim(),
      inside: e !== null && e.closest(selector) !== null,
    };
  }, within);

/** Presses Tab until a control inside `selector` has the focus; how many presses (at most `most`). */
async function tabsTo(page: Page, selector: string, most: number): Promise<number> {
  for (let n = 1; n <= most; n += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return n;
  }
  return Infinity;
}

/** Types in a search box and takes its first answer with Enter. */
async function pick(page: Page, label: string, text: string): Promise<void> {
  await page.focus(`input[aria-label="${label}"]`);
  await page.keyboard.type(text);
  await page.waitForSelector(`input[aria-label="${label}"][aria-expanded="true"]`);
  await page.keyboard.press('Enter');
}

describe('the explorer with the keyboard', () => {
  it("puts an entity picked in the search box one Tab from its details' first control", async () => {
    const page = await open();
    await page.keyboard.press('/');
    await pick(page, 'Search entities', 'Gucci');
    await page.waitForFunction(
      () =>
        document.activeElement?.matches('#details h2') &&
        document.activeElement.textContent === 'Gucci',
    );
    expect(await tabsTo(page, '#details button', 80)).toBe(1);
    expect((await focused(page, '#details')).label).toBe('Expand');
    await page.close();
  });

  it('moves from "Path from" to "Path to" once the first entity is picked with Enter', async () => {
    const page = await open();
    await pick(page, 'Path from', 'Gucci');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Path to',
    );
    await pick(page, 'Path to', 'Alibaba');
    await page.waitForSelector('#paths .path h3');
    expect(await page.textContent('#paths .path h3')).toMatch(/^Path 1: Gucci → .*Alibaba Group$/);
    await page.close();
  });

  it('opens the Embed dialog with its controls first, keeps Tab inside, and Escape gives the focus back', async () => {
    const page = await open();
    await page.focus('#embed-open');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.embed-dialog[open]');
    expect(await page.getAttribute('.embed-preview', 'inert')).toBe('');
    expect((await focused(page, 'dialog.embed-dialog')).inside).toBe(true);
    // "Copy code" within a few Tabs (it was 71 behind the live preview).
    expect(
      await tabsTo(page, '.embed-dialog .embed-actions button:first-child', 20),
    ).toBeLessThanOrEqual(8);
    // Round and round: every Tab stays in the dialog.
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      expect((await focused(page, 'dialog.embed-dialog')).inside).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page, 'dialog.embed-dialog')).inside).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.embed-dialog:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('embed-open');
    await page.close();
  });

  it("gives the focus back to the details' Embed button the dialog was opened from", async () => {
    const page = await open('/?entity=gucci');
    await page.waitForSelector('#details button:text-is("Embed…")');
    await page.focus('#details button:text-is("Embed…")');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.embed-dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.embed-dialog:not([open])', { state: 'attached' });
    expect(await focused(page, '#details')).toEqual({
      tag: 'button',
      label: 'Embed…',
      inside: true,
    });
    await page.close();
  });
});
