// At scale, in real Chromium: a generated acquisitions edge list (20,000 rows, some 26,000
// companies, star-shaped around 300 hubs) imported, then opened as a new user would. The first
// view is an overview a person can read; search, expand, expand again, collapse, path, timeline
// and embed all complete, and no request fails (the old client sent every loaded id in the URL
// and got HTTP 431). Times are measured by tests/bench/overview-bench.ts, not asserted here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST } from '../../server/app';
import type { SerializedGraph } from '../../server/domain/model';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { clearDatabase, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';
import {
  flowSteps,
  flowTargets,
  importAcquisitions,
  measureFirstView,
  waitForView,
  type FlowTargets,
} from '../support/scale-flow';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;
let targets: FlowTargets;
let entities = 0;

beforeAll(async () => {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error('The client is not built: run `npm run build` first (npm test does).');
  }
  gateway = testGateway();
  await clearDatabase(gateway);
  const result = await importAcquisitions(gateway);
  if (!result.ok) throw new Error(result.message);
  entities = result.entities;
  targets = await flowTargets(gateway);
  app = await serveApp({ gateway });
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

/** A page that records every failed response (status 400 or more) and page error. */
async function openPage(): Promise<{ page: Page; failures: string[]; asked: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const failures: string[] = [];
  const asked: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/neighbourhood') asked.push(url.searchParams.get('ids') ?? '');
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url().slice(0, 200)}`);
  });
  page.on('pageerror', (e) => failures.push(e.message));
  return { page, failures, asked };
}

describe('the explorer on 20,000 imported acquisitions', () => {
  it('imported more than 20,000 entities', () => {
    expect(entities).toBeGreaterThanOrEqual(20000);
  });

  it('opens on an overview whose entities all have facts and whose hub labels are readable', async () => {
    const { page, failures } = await openPage();
    const graph = await app.getJson<SerializedGraph>('/api/graph');
    await page.goto(app.url);
    await waitForView(page);
    const m = await measureFirstView(page, graph);
    expect(m.entities).toBeGreaterThan(100);
    expect(m.entities).toBeLessThanOrEqual(1500);
    expect(m.isolated / m.entities).toBeLessThanOrEqual(0.1);
    expect(m.labels).toHaveLength(20);
    for (const label of m.labels) expect(label.px, label.id).toBeGreaterThanOrEqual(11);
    expect(m.overlaps).toEqual([]);
    expect(m.status).toMatch(
      /^\d+ entities, \d+ facts, \d+ sources \(an overview of [\d,]+ entities and [\d,]+ facts: the \d+ best-connected entities and their strongest links\. Search, or double-click an entity to expand it\.\)$/,
    );
    expect(failures).toEqual([]);
    await page.close();
  });

  it('searches a hub, expands it and a neighbour, collapses, finds a path, reads the timeline and embeds, with no failed request', async () => {
    const { page, failures, asked } = await openPage();
    await page.goto(app.url);
    await waitForView(page);
    const done: string[] = [];
    for (const step of flowSteps(page, targets)) {
      await step.run();
      done.push(step.name);
      expect(failures, step.name).toEqual([]);
    }
    expect(done).toHaveLength(7);
    // The embed draws what the explorer draws: the overview's hubs and the hub's expansion.
    const embedded = await page
      .frameLocator('.embed-dialog iframe')
      .locator('#graph .node')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    const overview = await app.getJson<SerializedGraph>('/api/graph');
    const hubs = overview.attributes.hubs ?? [];
    expect(hubs.length).toBeGreaterThan(0);
    expect(embedded).toEqual(
      expect.arrayContaining([...hubs, targets.hub.id, targets.neighbour.id]),
    );
    // Each expansion asked for its own entity only: no request carried the loaded ids.
    expect(asked).toEqual([targets.hub.id, targets.neighbour.id]);
    expect(page.url().length).toBeLessThan(2000);
    await page.close();
  });
});
