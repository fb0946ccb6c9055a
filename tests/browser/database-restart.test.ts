// The explorer while the database restarts or is down: a plain "database restarting, retrying"
// status (or the reason it is down, in words), and the graph once the database is back, without
// a reload by the reader.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST } from '../../server/app';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import type { DatabaseState } from '../../server/neo4j/supervisor';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;
let state: DatabaseState = 'restarting';

beforeAll(async () => {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error('The client is not built: run `npm run build` first (npm test does).');
  }
  gateway = testGateway();
  await loadBundledData(gateway);
  // The supervisor's state, driven by the test: the app answers 503 while it is not up.
  app = await serveApp({ gateway, database: { state: () => state, restarts: () => 0 } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await gateway.close();
});

describe('the explorer while the database restarts', () => {
  it('says it is retrying, then draws the graph by itself once the database is back', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.waitForFunction(() =>
      /^Database restarting, retrying in 5 s…$/.test(
        document.querySelector('#status')?.textContent ?? '',
      ),
    );
    expect(await page.locator('#graph .node').count()).toBe(0);
    state = 'up';
    await page.waitForSelector('#graph .node');
    expect(await page.locator('#graph .node').count()).toBe(11);
    expect(await page.locator('#status').textContent()).toMatch(/^11 entities, 33 facts/);
    await page.close();
  });

  it('a reload while the database is down says why in words, then draws the graph once it is back', async () => {
    state = 'down';
    const page = await browser.newPage();
    await page.goto(app.url);
    const said = (): Promise<boolean> =>
      page.evaluate(() =>
        /^The graph cannot be shown yet: The database has stopped and could not be restarted\. Retrying in 5 s…$/.test(
          document.querySelector('#status')?.textContent ?? '',
        ),
      );
    // The reader reloads while the database is down: no blank page, the reason and a retry.
    await page.reload();
    await page.waitForFunction(() =>
      /^The graph cannot be shown yet: /.test(document.querySelector('#status')?.textContent ?? ''),
    );
    expect(await said()).toBe(true);
    expect(await page.locator('#status.error').count()).toBe(1);
    expect(await page.locator('#graph .node').count()).toBe(0);
    state = 'up';
    await page.waitForSelector('#graph .node');
    expect(await page.locator('#graph .node').count()).toBe(11);
    expect(await page.locator('#status').textContent()).toMatch(/^11 entities, 33 facts/);
    expect(await page.locator('#status.error').count()).toBe(0);
    await page.close();
  });
});
