// A BODS example (the standard's 0.4 indirect-ownership package) as an analyst meets it:
// imported, the explorer opens on it; Person 1 is found by name, its interests read with the
// statement's publisher as source, and a path from Person 1 to Company A explains the chain
// through Company B, which owns 60% of Company A.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../server/imports/import-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import type { RunningApp } from '../support/http-app';
import { closeImportedApp, importedApp } from './imported-app';
import { DATASETS, openExplorer, pathBetween, present, selectByName } from './steps';

const FILE = join(
  DATASETS,
  'bods-data-standard-examples',
  'main',
  'examples',
  'indirect-ownership.json',
);
const here = present(FILE, 'BODS indirect ownership');
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  if (!here) return;
  ({ gateway, app, browser } = await importedApp((g) =>
    importFiles(
      g,
      { format: 'bods', statements: [FILE] },
      { fileLabel: () => 'indirect-ownership.json' },
    ),
  ));
});
afterAll(async () => {
  if (here) await closeImportedApp({ gateway, app, browser });
});

describe.runIf(here)('a BODS ownership chain in the explorer', () => {
  it('finds Person 1, reads its interests and explains the path to Company A', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openExplorer(page, app.url);
    const facts = await selectByName(page, 'Person 1');
    expect(facts.join(' ')).toContain('Person 1 owns Company A');
    expect((await page.textContent('#details')) ?? '').toContain('indirect-ownership.json');

    const path = await pathBetween(page, 'Person 1', 'Company A');
    expect(path.join(' ')).toMatch(/Person 1 (owns|has an interest in) Company/);
    expect(path.join(' ')).toContain('Company A');
    const chain = await gateway.read(
      "MATCH p = (:Entity {name: 'Person 1'})-[:HAS_INTEREST_IN]->(:Entity {name: 'Company B'})-[r:OWNS]->(:Entity {name: 'Company A'}) RETURN r.shareExact AS share",
    );
    expect(chain).toEqual([{ share: 60 }]);
    await page.close();
  });
});
