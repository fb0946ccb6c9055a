// Imported data in the explorer, in real Chromium: after the FtM donations sample is imported,
// search finds an imported entity, expanding it brings its payers, and the timeline shows a
// dated payment, with the dataset named as its source.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { importFiles } from '../../server/imports/import-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { clearDatabase, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const SAMPLE = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'ftm-donations', 'donations.ijson');
const present = existsSync(SAMPLE);
if (!present) console.warn(`Skipping the imported-data browser test: ${SAMPLE} is absent`);
const SHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');
const MLPD = '6d03aec76fdeec8f9697d8b19954ab6fc2568bc8';
const PAYER = 'f9c295f21b233ac878fbac4d271bb6fd13d7952a';
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  if (!present) return;
  mkdirSync(SHOTS, { recursive: true });
  gateway = testGateway();
  await clearDatabase(gateway);
  const result = await importFiles(
    gateway,
    { format: 'ftm', entities: [SAMPLE] },
    { dataset: 'OCCRP donations sample', fileLabel: () => 'donations.ijson' },
  );
  if (!result.ok) throw new Error(result.message);
  app = await serveApp({ gateway });
  browser = await launchBrowser();
});
afterAll(async () => {
  if (!present) return;
  await browser.close();
  await app.close();
  await gateway.close();
});

const nodeIds = (page: Page): Promise<string[]> =>
  page.$$eval('#graph .node', (els) => els.map((e) => e.getAttribute('data-id') ?? ''));

describe.runIf(present)('the explorer on imported FtM data', () => {
  it('finds an imported entity, expands it, and shows a dated payment on the timeline', async () => {
    const [row] = await gateway.read(
      'MATCH (:Entity {id: $payer})-[r:PAID]->(:Entity {id: $mlpd}) RETURN r.id AS id',
      { payer: PAYER, mlpd: MLPD },
    );
    const paymentId = typeof row?.id === 'string' ? row.id : '';
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.url}/?expanded=${PAYER}`);
    await page.waitForSelector(`#graph .node[data-id="${PAYER}"]`);
    const before = await nodeIds(page);

    // Find MLPD by name.
    await page.fill('#search input', 'MLPD');
    await page.waitForSelector('#search [role=option]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details h2:text("MLPD")');
    const details = (await page.textContent('#details')) ?? '';
    expect(details).toContain('Frau Lina Dachner paid MLPD on 29 December 2011');
    expect(details).toContain('OCCRP donations sample');

    // Expand it: its other payers join the view.
    await page.dblclick(`#graph .node[data-id="${MLPD}"]`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('#graph .node').length > n,
      before.length,
    );
    const after = await nodeIds(page);
    const payers = await gateway.read(
      'MATCH (p:Entity)-[:PAID]->(:Entity {id: $mlpd}) RETURN DISTINCT p.id AS id',
      { mlpd: MLPD },
    );
    expect(payers.length).toBeGreaterThan(1);
    expect(after).toEqual(expect.arrayContaining([...before, ...payers.map((p) => p.id)]));
    expect(after.length).toBeGreaterThan(before.length);
    expect(page.url()).toContain(MLPD);

    // The timeline shows the payment on its day.
    const item = page.locator(`#timeline .item[data-id="${paymentId}"]`);
    await item.waitFor();
    expect(await item.getAttribute('class')).toContain('point');
    expect(await item.locator('title').textContent()).toContain('29 December 2011');
    await page.screenshot({ path: join(SHOTS, 'imported-ftm.png') });
    await page.close();
  });
});
