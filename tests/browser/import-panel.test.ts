// The import panel in real Chromium: shown only when the server has imports on; a bad file is
// refused with its line; an edge list is previewed and its columns mapped before anything is
// written; a FollowTheMoney file is imported with progress and then found; a BODS file with a
// repeated statement id is refused by its JSON path, the standard's example imported.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { appImports } from '../../server/imports/app-runner';
import { parseRecord } from '../../server/imports/csv-records';
import { entityId } from '../../server/imports/ids';
import { ACQUISITION_COLUMNS, generateAcquisitions } from '../bench/generate-acquisitions';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { checksum, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

/** The app's fact types, shared by its routes and its import runner. */
const factTypes = new FactTypeRegistry();

const TOKEN = 'editor-token-for-browser-tests-42';
const FTM = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'ftm-donations', 'donations.ijson');
const ftmPresent = existsSync(FTM);
if (!ftmPresent) console.warn(`Skipping the FtM import test: ${FTM} is absent`);
const BODS = join(
  PROJECT_ROOT,
  ...['..', 'shared', 'datasets', 'bods-data-standard-examples'],
  ...['main', 'examples', 'joint-ownership.json'],
);
const bodsPresent = existsSync(BODS);
if (!bodsPresent) console.warn(`Skipping the BODS import test: ${BODS} is absent`);

let gateway: Neo4jGateway;
let on: RunningApp;
let off: RunningApp;
let browser: Browser;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  on = await serveApp({
    gateway,
    factTypes,
    imports: appImports(
      gateway,
      {
        editorToken: TOKEN,
        maxFileBytes: 5_000_000,
        maxFiles: 5,
        jobsDir: join(tmpdir(), `brand-graph-panel-jobs-${process.pid}`),
      },
      factTypes,
    ),
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

  it('previews an edge list, maps its columns to ends and facts, then imports it', async () => {
    const before = await checksum(gateway);
    const text = generateAcquisitions({ rows: 300, hubs: 10, seed: 5 });
    const file = join(tmpdir(), 'acquisitions-panel.csv');
    writeFileSync(file, text);
    const rows = text
      .trim()
      .split('\n')
      .map((line) => {
        const parsed = parseRecord(line, [{ number: 1, text: line }], ',');
        return typeof parsed === 'object' && 'fields' in parsed
          ? parsed.fields.map((f) => f.value)
          : [];
      });
    const page = await open(on.url);
    await page.click('#import-section summary');
    await page.selectOption('#import select[name=format]', 'edges');
    await page.setInputFiles('#import input[name=edges]', file);
    await page.waitForSelector('#import table.column-mapping select[data-column=acquirer_name]');
    expect(
      await page.$$eval('#import table.column-mapping th', (ths) => ths.map((t) => t.textContent)),
    ).toEqual([...ACQUISITION_COLUMNS]);
    const shown = await page.$$eval('#import table.column-mapping tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(shown).toEqual(rows.slice(1, 6));
    // Choosing the file wrote nothing; importing without the ends mapped is refused in words.
    await page.fill('#import input[name=token]', TOKEN);
    await page.click('#import button[type=submit]');
    expect(await page.textContent('#import [role=status]')).toBe('Choose the column of source ids');
    expect(await checksum(gateway)).toBe(before);
    const roles: Record<string, string> = {
      acquirer_permalink: 'source',
      acquirer_name: 'sourceName',
      acquirer_category_code: 'sourceAttribute',
      acquirer_country_code: 'sourceAttribute',
      company_permalink: 'target',
      company_name: 'targetName',
      company_category_code: 'targetAttribute',
      company_country_code: 'targetAttribute',
      acquired_at: 'date',
      price_currency_code: 'ignore',
    };
    for (const [column, role] of Object.entries(roles)) {
      await page.selectOption(`#import select[data-column=${column}]`, role);
    }
    await page.fill('#import input[name=type]', 'acquired');
    await page.selectOption('#import select[aria-label="Kind of every source"]', 'Company');
    await page.selectOption('#import select[aria-label="Kind of every target"]', 'Company');
    // The generated file keeps a self-acquisition; skip-bad leaves it out.
    await page.check('#import input[name=skipBad]');
    await page.click('#import button[type=submit]');
    await page.waitForFunction(
      () => document.querySelector('#import [role=status]')?.textContent.startsWith('Imported'),
      undefined,
      { timeout: 60000 },
    );
    // Each company carries its name, category and country; a hub met under another name keeps it.
    const names = new Map<string, Set<string>>();
    for (const r of rows.slice(1))
      names.set(r[0] ?? '', (names.get(r[0] ?? '') ?? new Set()).add(r[1] ?? ''));
    const first = rows[1] ?? [];
    const [acquirer] = await gateway.read(
      'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.kind AS kind, e.aliases AS aliases, ' +
        'e.category_code AS category, e.country_code AS country',
      { id: entityId(first[0] ?? '').id },
    );
    expect(acquirer).toMatchObject({ kind: 'Company', name: first[1] });
    expect(acquirer?.category ?? '').toBe(first[2]);
    expect(acquirer?.country ?? '').toBe(first[3]);
    const renamed = [...names.entries()].find(([, set]) => set.size > 1);
    if (!renamed) throw new Error('the generated file should name a hub two ways');
    const [hub] = await gateway.read(
      'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases',
      { id: entityId(renamed[0]).id },
    );
    expect(new Set([hub?.name, ...((hub?.aliases as string[] | undefined) ?? [])])).toEqual(
      renamed[1],
    );
    const [facts] = await gateway.read(
      "MATCH ()-[r:ACQUIRED]->() WHERE r.file = 'acquisitions-panel.csv' " +
        'RETURN count(r) AS n, count(r.price_currency_code) AS currencies, count(r.price_amount) AS prices, ' +
        'count(r.acquirer_name) AS names',
    );
    expect(facts).toMatchObject({ currencies: 0, names: 0 });
    expect(Number(facts?.prices)).toBeGreaterThan(0);
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
  it.runIf(bodsPresent)(
    'refuses a BODS file by its JSON path, then imports the standard’s joint ownership',
    async () => {
      const before = await checksum(gateway);
      const statements = JSON.parse(readFileSync(BODS, 'utf8')) as { statementId: string }[];
      const twice = statements.map((st, i) =>
        i === 6 ? { ...st, statementId: statements[5]?.statementId ?? '' } : st,
      );
      const bad = join(tmpdir(), 'bods-twice.json');
      writeFileSync(bad, JSON.stringify(twice, null, 2));
      const page = await open(on.url);
      await importFile(page, 'bods', 'statements', bad);
      await page.waitForSelector('#import .import-problems li');
      expect(await page.textContent('#import [role=status]')).toContain('Import failed');
      expect(await page.textContent('#import .import-problems li')).toContain('$[6].statementId');
      expect(await checksum(gateway)).toBe(before);

      await page.setInputFiles('#import input[name=statements]', BODS);
      await page.click('#import button[type=submit]');
      await page.waitForFunction(
        () => document.querySelector('#import [role=status]')?.textContent.startsWith('Imported'),
        undefined,
        { timeout: 60000 },
      );
      expect(await page.textContent('#import [role=status]')).toMatch(
        /^Imported 4 entities and 3 facts from joint-ownership\.json/,
      );
      const [owns] = await gateway.read(
        "MATCH (:Entity {name: 'Joint shareholding'})-[r:OWNS]->(:Entity {name: 'CHRINON LTD'}) " +
          'RETURN r.shareExact AS share',
      );
      expect(owns).toEqual({ share: 100 });
      await page.close();
    },
  );
});
