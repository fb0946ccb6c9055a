// CoDEx-M (Wikidata triples) in the explorer, in real Chromium: a graph too large to draw whole
// opens on its overview (hubs and their strongest links) and says so; a Wikidata id is found by search; expanding it
// brings its neighbours, whose facts read in the dataset's own words.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { importFiles } from '../../server/imports/import-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { clearDatabase, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const CODEX = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'codex-m');
const present = existsSync(join(CODEX, 'valid.txt'));
if (!present) console.warn(`Skipping the CoDEx browser test: ${CODEX} is absent`);
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  if (!present) return;
  gateway = testGateway();
  await clearDatabase(gateway);
  const result = await importFiles(gateway, {
    format: 'triples',
    triples: [join(CODEX, 'valid.txt')],
    relations: join(CODEX, 'relations.json'),
    entityTypes: join(CODEX, 'entity2types.json'),
    typeNames: join(CODEX, 'types.en.json'),
  });
  if (!result.ok) throw new Error(result.message);
  app = await serveApp({ gateway });
  browser = await launchBrowser();
});

afterAll(async () => {
  if (!present) return;
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

describe.runIf(present)('the explorer on CoDEx-M triples', () => {
  it('opens on its overview, finds a Wikidata id and expands it', async () => {
    const [hub] = await gateway.read(
      'MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)--(:Entity) } AS degree ' +
        'ORDER BY degree DESC, id SKIP 40 LIMIT 1',
    );
    const id = typeof hub?.id === 'string' ? hub.id : '';
    expect(id).toMatch(/^Q\d+$/);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.url);
    await page.waitForFunction(() =>
      document.querySelector('#status')?.textContent.includes('an overview of'),
    );
    expect(await page.textContent('#status')).toMatch(
      /an overview of [\d,]+ entities and 10,310 facts: the \d+ best-connected entities and their strongest links/,
    );

    await page.goto(`${app.url}/?expanded=`);
    await page.fill('#search input', id);
    await page.waitForSelector(`#search [role=option]`);
    const first = await page.textContent('#search [role=option]');
    expect(first).toContain(id);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#details h2:text("${id}")`);
    const sentences = await page.$$eval('#details .sentence', (els) =>
      els.map((e) => e.textContent),
    );
    expect(sentences.length).toBeGreaterThan(0);
    // Fact types read by their registered words, not their relationship type names.
    expect(sentences.join(' ')).not.toMatch(/[A-Z]{2,}_[A-Z]/);

    await page.dblclick(`#graph .node[data-id="${id}"]`);
    await page.waitForFunction(() => document.querySelectorAll('#graph .node').length > 5);
    expect(page.url()).toContain(id);
    await page.close();
  });
});
