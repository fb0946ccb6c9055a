// The import panel in real Chromium: shown only when the server has imports on; a bad file is
// refused with its line; a FollowTheMoney file is imported with progress and then found.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { appImports } from '../../server/imports/app-runner';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { checksum, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const TOKEN = 'editor-token-for-browser-tests-42';
const FTM = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'ftm-donations', 'donations.ijson');
const ftmPresent = existsSync(FTM);
if (!ftmPresent) console.warn(`Skipping the FtM import test: ${FTM} is absent`);

let gateway: Neo4jGateway;
let on: RunningApp;
let off: RunningApp;
let browser: Browser;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  on = await serveApp({
    gateway,
    imports: appImports(gateway, { editorToken: TOKEN, maxFileBytes: 5_000_000, maxFiles: 5 }),
  });
  off = await serveApp({ gateway });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await on.close();
  await off.close();
  await loadBundledData(gateway);
  await gateway.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('#graph .node');
  return page;
}

async function importFile(page: Page, format: string, field: string, file: string): Promise<void> {
  await page.click('#import-section summary');
  await page.selectOption('#import select[name=format]', format);
  await page.setInputFiles(`#import input[name=${field}]`, file);
  await page.fill('#import input[name=token]', TOKEN);
  await page.click('#import button[type=submit]');
}

describe('the import panel', () => {
  it('is absent when the server is read-only', async () => {
    const page = await open(off.url);
    await page.waitForTimeout(300);
    expect(await page.isVisible('#import-section')).toBe(false);
    await page.close();
  });

  it('refuses a bad triples file, showing file and line, and writes nothing', async () => {
    const before = await checksum(gateway);
    const bad = join(tmpdir(), 'bad-triples.tsv');
    writeFileSync(bad, 'Q1\tP1\tQ2\nQ3\tP1\n');
    const page = await open(on.url);
    await importFile(page, 'triples', 'triples', bad);
    await page.waitForSelector('#import .import-problems li');
    expect(await page.textContent('#import [role=status]')).toContain('Import failed');
    expect(await page.textContent('#import .import-problems li code')).toMatch(
      /^bad-triples\.tsv:2(:\d+)?$/,
    );
    expect(await page.textContent('#import .import-problems li')).toMatch(/object|3 fields|three/i);
    expect(await checksum(gateway)).toBe(before);
    await page.close();
  });

  it.runIf(ftmPresent)(
    'imports a FollowTheMoney file with progress, and its entities can be found',
    async () => {
      const page = await open(on.url);
      await importFile(page, 'ftm', 'entities', FTM);
      await page.waitForFunction(
        () => document.querySelector('#import [role=status]')?.textContent.startsWith('Imported'),
        undefined,
        { timeout: 60000 },
      );
      const status = (await page.textContent('#import [role=status]')) ?? '';
      expect(status).toMatch(/^Imported [\d,]+ entities and [\d,]+ facts from donations\.ijson/);
      expect(await page.getAttribute('#import progress', 'value')).toBe(
        await page.getAttribute('#import progress', 'max'),
      );
      const [first] = (await gateway.read(
        "MATCH (e:Entity) WHERE e.file = 'donations.ijson' AND e.kind = 'Person' " +
          'RETURN e.name AS name ORDER BY e.id LIMIT 1',
      )) as { name: string }[];
      const name = first?.name ?? '';
      expect(name).not.toBe('');
      await page.fill('#search input', name);
      await page.waitForSelector('#search [role=option]');
      const options = await page.$$eval('#search [role=option]', (els) =>
        els.map((e) => e.textContent),
      );
      expect(options.some((o) => o.includes(name))).toBe(true);
      await page.close();
    },
  );
});
