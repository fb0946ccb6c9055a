// axe-core on every page a reader meets (the explorer, the embed and the frozen single file), in
// light and dark mode: no serious or critical violation of WCAG 2.2 A/AA rules.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useArticleApp } from '../support/article-app';
import { seriousViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';

const ctx = useArticleApp();
let browser: Browser;
let dir: string;
let frozen: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'brand-graph-axe-'));
  const response = await ctx.app.get('/api/embed/frozen?expanded=gucci&entity=gucci');
  frozen = join(dir, 'view.html');
  writeFileSync(frozen, await response.text());
});
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(scheme: 'light' | 'dark', url: string, ready: string): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: scheme,
    bypassCSP: true,
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(ready);
  return page;
}

describe.each(['light', 'dark'] as const)('in %s mode', (scheme) => {
  it('the explorer, with an entity, its details and the timeline shown, has no serious violation', async () => {
    const page = await open(
      scheme,
      `${ctx.app.url}/?expanded=gucci&entity=gucci`,
      '#details h2:text("Gucci")',
    );
    await page.waitForSelector('#timeline .item');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the explorer showing where sources disagree has no serious violation', async () => {
    const page = await open(
      scheme,
      `${ctx.app.url}/?expanded=alibaba&entity=alibaba`,
      '#details .warning:text("Sources disagree")',
    );
    await page.waitForSelector('.story-section li');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the open Embed dialog, on an entity, has no serious violation', async () => {
    const page = await open(scheme, `${ctx.app.url}/?entity=gucci`, '#details h2:text("Gucci")');
    await page.click('#details button:text-is("Embed…")');
    await page.waitForFunction(() =>
      (
        document.querySelector<HTMLTextAreaElement>('.embed-dialog textarea')?.value ?? ''
      ).startsWith('<iframe'),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the embed has no serious violation', async () => {
    const page = await open(
      scheme,
      `${ctx.app.url}/embed?expanded=gucci&entity=gucci`,
      '#details h2:text("Gucci")',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the frozen single file has no serious violation', async () => {
    const page = await open(scheme, pathToFileURL(frozen).href, '#details h2:text("Gucci")');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
