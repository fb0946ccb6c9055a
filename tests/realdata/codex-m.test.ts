// CoDEx-M (Wikidata triples with relation labels and entity types) as a new user meets it.
// A subset: valid.txt and test.txt (20,621 triples, 13,120 entities, one component of 12,680
// that holds the entities below); the whole (206,205) takes half a minute on a quiet machine.
// The files name entities by their Wikidata ids only, so the ids are what search finds.
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
} from './steps';

const CODEX = join(DATASETS, 'codex-m');
const here = present(join(CODEX, 'valid.txt'), 'CoDEx-M');
/** Michael Jackson and Steven Spielberg: four hops apart in the subset, through Q30. */
const JACKSON = 'Q2831';
const SPIELBERG = 'Q8877';
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  if (!here) return;
  ({ gateway, app, browser } = await importedApp((g) =>
    importFiles(g, {
      format: 'triples',
      triples: [join(CODEX, 'valid.txt'), join(CODEX, 'test.txt')],
      relations: join(CODEX, 'relations.json'),
      entityTypes: join(CODEX, 'entity2types.json'),
      typeNames: join(CODEX, 'types.en.json'),
    }),
  ));
});
afterAll(async () => {
  if (here) await closeImportedApp({ gateway, app, browser });
});

describe.runIf(here)('CoDEx-M in the explorer', () => {
  it('is found, expanded, joined by a path and read in details; its facts are undated', async () => {
    const [stored] = (await gateway.read(
      'MATCH (e:Entity {id: $id}) RETURN e.summary AS summary, COUNT { (e)--(:Entity) } AS degree',
      { id: JACKSON },
    )) as { summary: string; degree: number }[];
    expect(stored?.degree).toBe(8);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const first = await openExplorer(page, app.url);
    expect(first).toMatch(/[\d,]+ entities/);

    const facts = await selectByName(page, JACKSON);
    expect(facts).toHaveLength(8);
    // Relations read in the dataset's words ("record label", "instrument"), not as type names.
    expect(facts.join(' ')).toMatch(/record label|instrument|genre|sibling/);
    expect(facts.join(' ')).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    expect((await page.textContent('#details')) ?? '').toContain(stored?.summary ?? '(no summary)');

    await expandSelected(page, JACKSON);
    const path = await pathBetween(page, JACKSON, SPIELBERG);
    expect(path).toHaveLength(4);
    expect(path[0]).toContain(JACKSON);
    expect(path.join(' ')).toContain(SPIELBERG);

    // Triples carry no dates: the timeline says so rather than drawing nothing.
    expect(await page.textContent('#timeline')).toContain('No dated facts in view.');
    await page.close();
  });
});
