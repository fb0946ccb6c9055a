// The first view in real Chromium: the article's graph drawn with names, labels and arrows.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST } from '../../server/app';
import { PROJECT_ROOT } from '../../server/config';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');
let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error('The client is not built: run `npm run build` first (npm test does).');
  }
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(app.url);
  await page.waitForSelector('#graph .node');
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await gateway.close();
});

describe('the first view', () => {
  it('draws every entity with its name', async () => {
    const names = await page.$$eval('#graph .node text', (els) => els.map((e) => e.textContent));
    // The six publications no fact touches are sources, not floating nodes (issue 15).
    expect(names).toHaveLength(11);
    expect(names).toEqual(
      expect.arrayContaining([
        'Gucci',
        'Michael Kors',
        'Alibaba Group',
        'Kering',
        'eBay',
        'Saint Laurent',
      ]),
    );
    expect(names).toContain('International Anti-Counterfeiting Coalition');
    expect(names).not.toContain('Reuters');
  });

  it('draws every fact as a directed, labelled edge', async () => {
    const edges = await page.$$eval('#graph .edge', (els) =>
      els.map((e) => ({
        label: e.querySelector('text')?.textContent,
        arrow: e.querySelector('path.line')?.getAttribute('marker-end'),
        title: e.querySelector('title')?.textContent,
      })),
    );
    expect(edges).toHaveLength(33);
    expect(edges.every((e) => e.arrow === 'url(#arrow)')).toBe(true);
    expect(edges.map((e) => e.title)).toEqual(
      expect.arrayContaining([
        'Kering owns Gucci',
        'Michael Kors left International Anti-Counterfeiting Coalition',
      ]),
    );
    expect(edges.map((e) => e.label)).toEqual(
      expect.arrayContaining(['owns', 'left', 'sued', 'member of']),
    );
  });

  it('places nodes inside the visible area and states what it shows', async () => {
    const boxes = await page.$$eval('#graph .node', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
    for (const b of boxes) {
      expect(b.x).toBeGreaterThan(0);
      expect(b.x).toBeLessThan(1280);
      expect(b.y).toBeGreaterThan(0);
      expect(b.y).toBeLessThan(800);
    }
    expect(await page.textContent('#status')).toBe('11 entities, 33 facts, 10 sources');
    expect(await page.$$eval('#legend li', (els) => els.length)).toBe(7);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'first-view.png') });
    expect(consoleErrors.join('\n')).toBe('');
  });

  it('shows a plain message, not a blank page, when the API fails', async () => {
    const other = await browser.newPage();
    await other.route('**/api/graph', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          status: 503,
          title: 'DatabaseUnavailableError',
          detail: 'Neo4j is not reachable right now',
        }),
      }),
    );
    await other.goto(app.url);
    await other.waitForSelector('#status.error');
    expect(await other.textContent('#status')).toBe(
      'Could not load the graph: Neo4j is not reachable right now',
    );
    await other.close();
  });
});
