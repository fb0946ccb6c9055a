// Touch targets on a phone (375×812): every control a finger presses is at least 24×24 CSS px
// (WCAG 2.2, 2.5.8 Target Size), measured in Chromium on the explorer and the embed. Exempt,
// as 2.5.8 allows: links inside a sentence (inline), and the graph's and timeline's marks,
// whose every action the fact list and the details offer with full-size controls (equivalent).
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

/** Visible controls smaller than 24 px either way: `selector: width×height`. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [role="button"], [tabindex="0"]',
    );
    const small: string[] = [];
    for (const c of controls) {
      if (c.closest('svg')) continue;
      const own = c.getBoundingClientRect();
      if (own.width === 0 || own.height === 0 || c.closest('[hidden], .hidden')) continue;
      if (c instanceof HTMLInputElement && c.type === 'hidden') continue;
      const parent = c.parentElement;
      const inline =
        c.tagName === 'A' &&
        parent !== null &&
        [...parent.childNodes].some(
          (n) => n !== c && (n.textContent ?? '').trim().length > 0 && n.nodeName !== 'BUTTON',
        ) &&
        getComputedStyle(c).display === 'inline';
      if (inline) continue;
      // A label is part of its control's target: pressing it presses the control.
      const label = c.closest('label')?.getBoundingClientRect();
      const width = Math.max(own.width, label?.width ?? 0);
      const height = Math.max(own.height, label?.height ?? 0);
      if (width < 23.5 || height < 23.5) {
        const name = c.id
          ? `#${c.id}`
          : `${c.tagName.toLowerCase()}.${c.className}[${(c.getAttribute('aria-label') ?? c.textContent).trim().slice(0, 24)}]`;
        small.push(`${name}: ${Math.round(width)}×${Math.round(height)}`);
      }
    }
    return small;
  });
}

async function phone(url: string, ready: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  await page.goto(url);
  await page.waitForSelector(ready);
  return page;
}

describe('touch targets on a phone (375×812)', () => {
  it('the explorer, every panel open, has no control under 24 px', async () => {
    const page = await phone(`${ctx.app.url}/?expanded=gucci&entity=gucci`, '#details h2');
    await page.waitForSelector('#timeline .item');
    await page.$$eval('details', (els) => els.forEach((d) => d.setAttribute('open', '')));
    const small = await smallTargets(page);
    expect(small).toEqual([]);
    await page.close();
  });

  it('the embed has no control under 24 px', async () => {
    const page = await phone(`${ctx.app.url}/embed?expanded=gucci&entity=gucci`, '#details h2');
    expect(await smallTargets(page)).toEqual([]);
    await page.close();
  });
});
