// The FtM donations stream (OCCRP sample, FollowTheMoney JSON lines) as a new user meets it:
// imported whole, the explorer opens on it; a recipient is found by name, its facts read with
// dates and the dataset as source, it expands to its payers, a path joins two payers through
// it, and the timeline shows the payment on its day.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../server/imports/import-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import type { RunningApp } from '../support/http-app';
import { closeImportedApp, importedApp } from './imported-app';
import {
  DATASETS,
  expandSelected,
  openExplorer,
  pathBetween,
  present,
  selectByName,
  timelineItems,
} from './steps';

const FILE = join(DATASETS, 'ftm-donations', 'donations.ijson');
const here = present(FILE, 'FtM donations');
/** MLPD, a party that many people paid, and one of them (ids from the file). */
const MLPD = '6d03aec76fdeec8f9697d8b19954ab6fc2568bc8';
const PAYER = 'f9c295f21b233ac878fbac4d271bb6fd13d7952a';
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  if (!here) return;
  ({ gateway, app, browser } = await importedApp((g) =>
    importFiles(
      g,
      { format: 'ftm', entities: [FILE] },
      { dataset: 'OCCRP donations sample', fileLabel: () => 'donations.ijson' },
    ),
  ));
});
afterAll(async () => {
  if (here) await closeImportedApp({ gateway, app, browser });
});

describe.runIf(here)('the FtM donations stream in the explorer', () => {
  it('is found by name, expanded, joined by a path, read in details and on the timeline', async () => {
    const [payment] = await gateway.read(
      'MATCH (p:Entity {id: $payer})-[r:PAID]->(:Entity {id: $mlpd}) RETURN r.id AS id, p.name AS payer',
      { payer: PAYER, mlpd: MLPD },
    );
    const others = (await gateway.read(
      'MATCH (p:Entity)-[:PAID]->(:Entity {id: $mlpd}) WHERE p.id <> $payer ' +
        'RETURN p.id AS id, p.name AS name ORDER BY p.id',
      { payer: PAYER, mlpd: MLPD },
    )) as { id: string; name: string }[];
    const other = others[0];
    expect(payment?.payer).toBe('Frau Lina Dachner');
    expect(typeof other?.name).toBe('string');

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openExplorer(page, app.url);
    const facts = await selectByName(page, 'MLPD');
    expect(facts).toContain('Frau Lina Dachner paid MLPD on 29 December 2011.');
    expect((await page.textContent('#details')) ?? '').toContain('OCCRP donations sample');

    await expandSelected(page, MLPD);
    await page.waitForSelector(`#graph .node[data-id="${PAYER}"]`);
    for (const p of others) await page.waitForSelector(`#graph .node[data-id="${p.id}"]`);

    const path = await pathBetween(page, 'Frau Lina Dachner', other?.name ?? '');
    expect(path).toEqual(
      expect.arrayContaining([expect.stringContaining('Frau Lina Dachner paid MLPD')]),
    );
    expect(path.join(' ')).toContain(other?.name ?? '');

    const items = await timelineItems(page);
    const item = items.find((i) => i.fact === payment?.id);
    expect(item?.title).toContain('29 December 2011');
    await page.close();
  });
});
