// Addresses with parts the explorer cannot use: an unknown expanded id, a bad or reversed date.
// Each is said in words on the status line, and what was understood still opens.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST } from '../../server/app';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error('The client is not built: run `npm run build` first (npm test does).');
  }
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await gateway.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('#status.error');
  return page;
}

describe('addresses not understood', () => {
  it('opens the first view when the only expanded id is unknown, and says so', async () => {
    const page = await open('/?expanded=no-such-entity');
    expect(await page.textContent('#status')).toContain(
      'expanded: no entity has the id "no-such-entity"',
    );
    await page.waitForSelector('#graph .node[data-id="gucci"]');
    await page.close();
  });

  it('opens the known expanded entities and names the unknown one', async () => {
    const page = await open('/?expanded=lee-sporn,no-such-entity');
    expect(await page.textContent('#status')).toContain('"no-such-entity"');
    await page.waitForSelector('#graph .node[data-id="lee-sporn"]');
    await page.close();
  });

  it('says a date is not a date, and that a range is reversed, and opens the rest', async () => {
    const bad = await open('/?from=2016-13-45&entity=gucci');
    expect(await bad.textContent('#status')).toContain(
      'from: must be a calendar day written YYYY-MM-DD',
    );
    await bad.waitForSelector('#graph .node.selected[data-id="gucci"]');
    await bad.close();
    const reversed = await open('/?from=2016-05-01&to=2016-01-01');
    expect(await reversed.textContent('#status')).toContain('to: is before from');
    await reversed.waitForFunction(() => document.querySelectorAll('#graph .edge').length === 33);
    await reversed.close();
  });
});
