// A BODS example as an analyst meets it: the standard's 0.4 package on Gasgrid Finland, a
// state-owned enterprise, imported; the explorer opens on it; the Finnish state (Suomen
// tasavalta) is found by name with its interests and their source, and a path to Suomen
// Kaasuverkko Oy explains the chain: the state controls its Ministry of Finance
// (Valtiovarainministeriö), which owns all of the company.
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
  ...['bods-data-standard-examples', 'main', 'examples', 'bods-package-fi-soe.json'],
);
const here = present(FILE, 'BODS state-owned enterprise');
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  if (!here) return;
  ({ gateway, app, browser } = await importedApp((g) =>
    importFiles(
      g,
      { format: 'bods', statements: [FILE] },
      { fileLabel: () => 'bods-package-fi-soe.json' },
    ),
  ));
});
afterAll(async () => {
  if (here) await closeImportedApp({ gateway, app, browser });
});

describe.runIf(here)('a BODS ownership chain in the explorer', () => {
  it('finds the state, reads its interests and explains its path to the company', async () => {
    const [state] = await gateway.read(
      "MATCH (e:Entity {name: 'Suomen tasavalta'}) RETURN e.kind AS kind, e.sourceType AS type",
    );
    expect(state).toEqual({ kind: 'Organization', type: 'state' });
    const ministry = (
      (await gateway.read(
        "MATCH (:Entity {name: 'Suomen tasavalta'})-[:CONTROLS]->(m:Entity)-[r:OWNS]->(:Entity {name: 'Suomen Kaasuverkko Oy'}) RETURN m.name AS name, r.shareExact AS share",
      )) as { name: string; share: number }[]
    )[0];
    expect(ministry?.share).toBe(100);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openExplorer(page, app.url);
    const facts = await selectByName(page, 'Suomen tasavalta');
    expect(facts.join(' ')).toContain(`Suomen tasavalta controls ${ministry?.name ?? ''}`);
    expect(facts.join(' ')).toContain('Suomen tasavalta owns Gasgrid Finland Oy');
    expect((await page.textContent('#details')) ?? '').toContain('bods-package-fi-soe.json');

    // Two routes of two steps join them: through the company both own, and the chain of
    // control through the ministry; the panel lists both, each step a sentence.
    const first = await pathBetween(page, 'Suomen tasavalta', 'Suomen Kaasuverkko Oy');
    expect(first).toHaveLength(2);
    const paths = await page.$$eval('#paths .path', (list) =>
      list.map((p) => [...p.querySelectorAll('li')].map((li) => li.textContent)),
    );
    expect(paths).toContainEqual([
      expect.stringContaining(`Suomen tasavalta controls ${ministry?.name ?? ''}`),
      expect.stringContaining(`${ministry?.name ?? ''} owns Suomen Kaasuverkko Oy`),
    ]);
    await page.close();
  });
});
