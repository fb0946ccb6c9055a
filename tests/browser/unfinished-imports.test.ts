// An import that did not finish, in real Chromium: the import panel lists it with what to do
// (run it again, or undo it), the details of a fact it wrote say its source's import did not
// finish, and Undo (confirmed) removes its facts and entities from the database and the view.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appImports } from '../../server/imports/app-runner';
import { entityId } from '../../server/imports/ids';
import { importFiles } from '../../server/imports/import-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { checksum, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

/** The app's fact types, shared by its routes and its import runner. */
const factTypes = new FactTypeRegistry();

const TOKEN = 'editor-token-for-unfinished-tests';
const IMPORT_ID = '6f0c2d8e-4b1a-4c3d-9e8f-0a1b2c3d4e5f';
const dir = mkdtempSync(join(tmpdir(), 'brand-graph-unfinished-'));
const OWNER = 'Halfway Holdings';
const BRANDS = ['Halfway Shoes', 'Halfway Bags', 'Halfway Scarves'];

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;
let before: string;
/** Rows the import's record says it wrote. */
let written = 0;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  before = await checksum(gateway);
  // An import whose batches were written and whose end was never recorded (as a kill leaves it).
  const file = join(dir, 'halfway-owners.csv');
  writeFileSync(file, `owner,brand\n${BRANDS.map((b) => `${OWNER},${b}`).join('\n')}\n`);
  const result = await importFiles(
    gateway,
    { format: 'edges', file, source: 'owner', target: 'brand', type: 'OWNS' },
    { importId: IMPORT_ID },
  );
  expect(result.ok, result.message).toBe(true);
  const [row] = await gateway.write(
    "MATCH (i:Import {id: $id}) SET i.status = 'running', i.finishedAt = null, i.message = null " +
      'RETURN i.rowsWritten AS written',
    { id: IMPORT_ID },
  );
  written = Number(row?.written);
  expect(written).toBeGreaterThan(0);
  app = await serveApp({
    gateway,
    factTypes,
    imports: appImports(
      gateway,
      {
        editorToken: TOKEN,
        maxFileBytes: 1_000_000,
        maxFiles: 2,
        jobsDir: join(dir, 'jobs'),
      },
      factTypes,
    ),
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('#graph .node');
  return page;
}

describe('an import that did not finish', () => {
  it('is shown in the panel and in its source, and Undo removes what it wrote', async () => {
    const owner = entityId(OWNER).id;
    const page = await open(`/?entity=${encodeURIComponent(owner)}`);
    expect(await page.$(`#graph g.node[data-id="${owner}"]`)).not.toBeNull();

    // The details of the owner's facts: each source says its import did not finish.
    await page.waitForSelector('#details .source-note');
    const notes = await page.$$eval('#details .source-note', (ps) => ps.map((p) => p.textContent));
    expect(notes).toHaveLength(BRANDS.length);
    expect(notes[0]).toMatch(
      new RegExp(
        '^The import of halfway-owners\\.csv \\(edge list import\\) did not finish: started ' +
          `\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, ${written} entities and facts written, so what ` +
          'it brought is partial\\. Run it again to complete',
      ),
    );

    // The panel lists it, with what to do.
    await page.click('#import-section summary');
    const item = `#import .unfinished-imports li[data-import="${IMPORT_ID}"]`;
    await page.waitForSelector(item);
    const text = (await page.textContent(item)) ?? '';
    expect(text).toContain('The import of halfway-owners.csv (edge list import) did not finish');
    expect(text).toContain('Run it again to complete: import the same files in the same format');
    expect(text).toContain(`npm run import -- undo ${IMPORT_ID}`);

    // Undo asks first; dismissed, nothing changes.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.click(`${item} button`);
    expect(await page.$(item)).not.toBeNull();
    expect(await checksum(gateway)).not.toBe(before);

    await page.fill('#import input[name=token]', TOKEN);
    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await page.click(`${item} button`);
    await page.waitForFunction(() =>
      document
        .querySelector('#import .unfinished-imports [aria-live]')
        ?.textContent.startsWith('Undid'),
    );
    expect(question).toMatch(
      new RegExp(`^Undo the import of halfway-owners\\.csv\\? Its ${written} entities and facts`),
    );
    expect(await page.textContent('#import .unfinished-imports [aria-live]')).toBe(
      'Undid the import of halfway-owners.csv: removed 3 facts and 4 entities that only it wrote.',
    );
    expect(await page.$(item)).toBeNull();
    expect(await page.$$('#import .unfinished-imports li')).toEqual([]);
    // Gone from the database and, once the view reloads, from the graph.
    expect(await checksum(gateway)).toBe(before);
    await page.waitForFunction(
      (id) => document.querySelector(`#graph g.node[data-id="${id}"]`) === null,
      owner,
    );
    expect(await page.$$(`#graph g.node[data-id^="halfway"]`)).toEqual([]);
    await page.close();
  });
});
