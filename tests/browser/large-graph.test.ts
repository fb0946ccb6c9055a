// Beyond the article: a graph too large for SVG is drawn on a Canvas with the layout in a worker.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { LIMITS } from '../../server/domain/limits';
import { importFiles } from '../../server/imports/import-files';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { clearDatabase, loadBundledData, loadTestFiles, testGateway } from '../support/database';
import { asText, largeFile } from '../support/fact-files';
import { serveApp, type RunningApp } from '../support/http-app';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
  const file = largeFile(3000);
  // A membership whose start is unknown and end known (uncertain before its end), and a
  // company that owns itself (a self-relation, drawn as a loop).
  file.facts.push(
    {
      id: 'f-unsure',
      type: 'MEMBER_OF',
      subject: 'e-10',
      object: 'guild',
      time: { end: { date: '2020-03-01', precision: 'day' } },
      sources: [{ source: 'paper-1' }],
    },
    {
      id: 'f-self',
      type: 'OWNS',
      subject: 'e-20',
      object: 'e-20',
      time: { start: { date: '2015', precision: 'year' } },
      sources: [{ source: 'paper-1' }],
    },
  );
  await loadTestFiles(gateway, [{ name: 'large.json', text: asText(file) }]);
  // Another dataset says something else of one entity: the details show it by source.
  const nodes = join(mkdtempSync(join(tmpdir(), 'brand-graph-large-')), 'registry.csv');
  writeFileSync(nodes, ':ID,name,country\ne-1234,Brand 1234 Ltd,fr\n');
  const imported = await importFiles(
    gateway,
    { format: 'csv', nodes: [nodes], relationships: [] },
    { fileLabel: () => 'registry.csv' },
  );
  if (!imported.ok) throw new Error(imported.message);
  app = await serveApp({ gateway });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

// 3,003 entities are stored (3,000 brands, Acme, the Guild and the Publication "The Paper"); the
// view draws 3,002: a Publication that is no fact's subject or object is shown as the source of
// the facts it reports, not as a loose node (issue 15, the first view).
describe('a large graph', () => {
  it('is drawn on a canvas, laid out off the main thread, and still searchable', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.waitForSelector('canvas.graph-canvas');
    expect(await page.isHidden('#graph')).toBe(true);
    await page.waitForFunction(() =>
      document.querySelector('#status')?.textContent.startsWith('3002 entities'),
    );
    // The canvas has been painted: some pixels are not blank (waited for, not timed).
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.graph-canvas');
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; data && i < data.length; i += 4 * 97) if ((data[i] ?? 0) > 0) n += 1;
      return n > 50;
    });
    const painted = await page.$eval('canvas.graph-canvas', (c) => {
      const canvas = c as HTMLCanvasElement;
      const data =
        canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let n = 0;
      for (let i = 3; i < data.length; i += 4 * 97) if ((data[i] ?? 0) > 0) n += 1;
      return n;
    });
    expect(painted).toBeGreaterThan(50);
    await page.fill('#search input', 'Brand 1234');
    await page.waitForSelector('#search [role=option]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details h2:text("Brand 1234")');
    expect(page.url()).toContain('entity=e-1234');
    await page.screenshot({
      path: join(PROJECT_ROOT, 'test-results', 'screenshots', 'large-graph.png'),
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in words, with no failed request, that a view beyond the embed size cannot be embedded', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const asked: string[] = [];
    const failures: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/embed')) asked.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(app.url);
    await page.waitForFunction(() =>
      document.querySelector('#status')?.textContent.startsWith('3002 entities'),
    );
    await page.click('#embed-open');
    const status = page.locator('.embed-dialog [role=status]');
    await status.filter({ hasText: 'an embed shows at most' }).waitFor();
    expect(await status.textContent()).toBe(
      `This view shows 3,002 entities; an embed shows at most ${LIMITS.embedEntities.toLocaleString('en')}: collapse or hide some, then embed again.`,
    );
    expect(await page.inputValue('.embed-dialog textarea')).toBe('');
    expect(asked).toEqual([]);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('paints an uncertain fact dashed and a self-relation as a loop', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/?asOf=2018-06-01`);
    await page.waitForSelector('canvas.graph-canvas[data-loops]');
    // The frame after the layout settled: what it painted dashed, and how many loops.
    await page.waitForFunction(
      () => document.querySelector<HTMLCanvasElement>('canvas.graph-canvas')?.dataset.dashed,
    );
    const painted = await page.$eval('canvas.graph-canvas', (c) => ({
      dashed: (c as HTMLCanvasElement).dataset.dashed,
      loops: (c as HTMLCanvasElement).dataset.loops,
    }));
    expect(painted).toEqual({ dashed: 'f-unsure', loops: '1' });
    // The list of facts says so too.
    expect(await page.textContent('#fact-list .uncertain')).toContain('Uncertain on this day');
    await page.close();
  });

  it('shows in the details what another dataset said of an entity', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/?entity=e-1234`);
    await page.waitForSelector('#details h2:text("Brand 1234")');
    expect(
      await page.$$eval('#details .said-by li', (els) => els.map((e) => e.textContent)),
    ).toEqual(['also said by registry.csv: name Brand 1234 Ltd']);
    await page.close();
  });
});
