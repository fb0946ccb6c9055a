// The first view as a reader meets it, at 1366×768 and 1920×1080: readable labels that do not
// cover each other, the connected entities filling the view, parallel facts counted, no loose
// publications, and the dataset named.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleExplorer } from '../support/article-explorer';
import { PROJECT_ROOT } from '../../server/config';
import { filledShare, overlapping, shownLabels } from '../support/label-boxes';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');
const explorer = articleExplorer();

async function open(width: number, height: number): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport: { width, height } });
  await page.goto(explorer.app.url);
  await page.waitForSelector('#graph .node');
  await page.waitForFunction(() => document.querySelector('#dataset')?.textContent !== '');
  return page;
}

describe.each([
  [1366, 768],
  [1920, 1080],
])('the first view at %i×%i', (width, height) => {
  let page: Page;
  beforeAll(async () => {
    page = await open(width, height);
  });
  afterAll(() => page.close());

  it('draws entity labels at 11 px or more, none covering another', async () => {
    const labels = await shownLabels(page);
    const entities = labels.filter((l) => l.of === 'entity');
    expect(entities).toHaveLength(11);
    for (const l of entities) expect(l.px, l.text).toBeGreaterThanOrEqual(10.95);
    expect(overlapping(labels, 3)).toEqual([]);
  });

  it('lets the connected entities fill most of the view', async () => {
    const share = await filledShare(page);
    expect(Math.max(share.width, share.height)).toBeGreaterThan(0.6);
    expect(share.width * share.height).toBeGreaterThan(0.3);
    // In both directions: a wide screen's sides are not left empty (they were at 43 %).
    expect(share.width, 'width filled').toBeGreaterThan(0.65);
    expect(share.height, 'height filled').toBeGreaterThan(0.65);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `first-view-${width}.png`) });
  });

  it('draws parallel facts as one labelled group with its count', async () => {
    const groups = await page.$$eval('#graph .edge[data-pair]:not(.grouped)', (els) =>
      els.map((e) => ({
        count: e.getAttribute('data-pair'),
        text: e.querySelector('text')?.textContent,
      })),
    );
    expect(groups).toContainEqual({ count: '7', text: '7 facts' });
    const labels = await shownLabels(page);
    expect(labels.filter((l) => l.of === 'fact').map((l) => l.text)).toContain('7 facts');
  });

  it('leaves loose publications out and names the dataset', async () => {
    expect(await page.$$('#graph .node[data-kind="Publication"]')).toHaveLength(0);
    expect(await page.textContent('#dataset')).toMatch(
      /^Dataset: (data\/)?article\.json \(Facts stated in/,
    );
  });
});
