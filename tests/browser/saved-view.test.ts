// A view too long for a URL (here: 150 hidden entities with long ids) is saved on the server; the
// address bar holds `?saved=ID`, and that link, opened anew, restores the same view.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/domain/limits';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
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

describe('a view too long for a URL', () => {
  it('is saved, linked by a short id, and restored from that link', async () => {
    const hidden = Array.from({ length: 150 }, (_, i) => `not-drawn-${i}-${'q'.repeat(20)}`);
    const long = `/?expanded=gucci&hidden=${hidden.join(',')},alibaba&entity=gucci`;
    expect(long.length).toBeGreaterThan(LIMITS.urlChars);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${app.url}${long}`);
    await page.waitForSelector('#details h2:text("Gucci")');
    // A change of view writes the address: too long, so saved and linked by id.
    await page.click('#graph .node[data-id=kering]');
    await page.waitForFunction(() => /^\?saved=[A-Za-z0-9_-]{22}$/.test(location.search));
    const link = page.url();
    expect(link.length).toBeLessThan(LIMITS.urlChars);
    const again = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await again.goto(link);
    await again.waitForSelector('#details h2:text("Kering")');
    expect(await again.$('#graph .node[data-id=alibaba]')).toBeNull();
    expect(await again.$('#graph .node[data-id=gucci]')).not.toBeNull();
    expect(failures).toEqual([]);
    await page.close();
    await again.close();
  });
});
