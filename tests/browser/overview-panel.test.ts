// The overview panel in real Chromium, on a generated acquisitions list imported with its mapping
// (names, kinds and end attributes), large enough to open on its overview: the hub list names the
// best-connected entity first and selecting it shows its details with an imported attribute; the
// keyboard moves along the list; the communities view draws labelled clusters and one opens into
// its members.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST } from '../../server/app';
import { PROJECT_ROOT } from '../../server/config';
import { LIMITS } from '../../server/domain/limits';
import { importFiles } from '../../server/imports/import-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { asText } from '../../server/neo4j/to-plain';
import { generateAcquisitions } from '../bench/generate-acquisitions';
import { launchBrowser } from '../support/browser';
import { clearDatabase, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { waitForView } from '../support/scale-flow';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error('The client is not built: run `npm run build` first (npm test does).');
  }
  mkdirSync(SHOTS, { recursive: true });
  gateway = testGateway();
  await clearDatabase(gateway);
  const dir = mkdtempSync(join(os.tmpdir(), 'overview-panel-'));
  try {
    const file = join(dir, 'acquisitions.csv');
    // More facts than a first view draws whole, so the explorer opens on its overview.
    writeFileSync(
      file,
      generateAcquisitions({ rows: LIMITS.wholeGraphFacts + 1000, hubs: 60, seed: 11 }),
    );
    const result = await importFiles(
      gateway,
      {
        format: 'edges',
        file,
        source: 'acquirer_permalink',
        target: 'company_permalink',
        type: 'acquired',
        date: 'acquired_at',
        sourceName: 'acquirer_name',
        targetName: 'company_name',
        sourceKind: 'Company',
        targetKind: 'Company',
        sourceAttributes: ['acquirer_category_code', 'acquirer_country_code'],
        targetAttributes: ['company_category_code', 'company_country_code'],
      },
      { dataset: 'Generated acquisitions', skipBad: true },
    );
    if (!result.ok) throw new Error(result.message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  app = await serveApp({ gateway });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(app.url);
  await waitForView(page, 120000);
  await page.waitForSelector('#hubs li button');
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await gateway.close();
});

/** Entities by number of facts, most first (ties by name), as Neo4j counts them. */
async function bestConnected(): Promise<{ id: string; name: string; degree: number }[]> {
  const rows = await gateway.read(
    'MATCH (e:Entity) WITH e, COUNT { (e)--(:Entity) } AS degree ' +
      'RETURN e.id AS id, e.name AS name, degree ORDER BY degree DESC, name LIMIT 5',
  );
  return rows.map((r) => ({ id: asText(r.id), name: asText(r.name), degree: Number(r.degree) }));
}

const detailsTitle = (name: string): Promise<unknown> =>
  page.waitForFunction((n) => document.querySelector('#details h2')?.textContent === n, name, {
    timeout: 60000,
  });

describe('the hub list', () => {
  it('lists the best-connected entity first, with its kind and number of facts', async () => {
    const [best] = await bestConnected();
    const first = page.locator('#hubs li button').first();
    expect(await first.getAttribute('data-id')).toBe(best?.id);
    expect(await first.textContent()).toBe(`${best?.name} Company · ${best?.degree} facts`);
    expect(await page.locator('#hubs li').count()).toBe(LIMITS.hubList);
  });

  it('selects the hub chosen, and its details show its imported attributes', async () => {
    const [best] = await bestConnected();
    await page.locator('#hubs li button').first().click();
    await detailsTitle(best?.name ?? '?');
    const [stored] = await gateway.read(
      'MATCH (e:Entity {id: $id}) RETURN e.category_code AS category, e.country_code AS country',
      { id: best?.id },
    );
    const rows = await page.$$eval('#details table.details-attributes tr', (trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
    );
    const expected = [
      ...(stored?.category ? [['category_code', stored.category]] : []),
      ...(stored?.country ? [['country_code', stored.country]] : []),
    ];
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toEqual(expected);
  });

  it('is one tab stop, walked with the arrow keys; Enter selects', async () => {
    const second = page.locator('#hubs li button').nth(1);
    const name = (await second.locator('.hub-name').textContent()) ?? '?';
    await page.locator('#hubs li button').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(
      await second.getAttribute('data-id'),
    );
    expect(await second.getAttribute('tabindex')).toBe('0');
    await page.keyboard.press('Enter');
    await detailsTitle(name);
  });
});

describe('the communities view', () => {
  it('draws the largest communities as labelled clusters, largest first', async () => {
    await page.getByRole('radio', { name: 'Communities' }).check();
    await page.waitForSelector('#communities g.cluster');
    const labels = await page.$$eval('#communities g.cluster text', (ts) =>
      ts.map((t) => t.textContent),
    );
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/^.+ \([\d,]+\)$/);
    const sizes = labels.map((l) => Number(/\(([\d,]+)\)$/.exec(l)?.[1]?.replace(/,/g, '')));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(await page.textContent('#communities-caption')).toMatch(
      /largest of [\d,]+ communities .*Choose a community to see its members/,
    );
  });

  it('opens a cluster into its members on click; a member selects its entity', async () => {
    const cluster = page.locator('#communities g.cluster[data-key="c0"]');
    await cluster.locator('circle').click();
    await page.waitForSelector('#communities g.member[data-community="c0"]');
    expect(await cluster.getAttribute('class')).toBe('cluster open');
    const members = page.locator('#communities g.member');
    const count = await members.count();
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThanOrEqual(LIMITS.communityMembers);
    await page.screenshot({ path: join(SHOTS, 'overview-communities.png') });
    const first = members.first();
    const name = (await first.locator('title').textContent())?.replace(/: select.*$/, '') ?? '?';
    await first.locator('circle').click();
    await detailsTitle(name);
    // Back to the hubs: the communities leave the stage.
    await page.getByRole('radio', { name: 'Hubs and their links' }).check();
    expect(await page.isVisible('#communities-panel')).toBe(false);
  });
});
