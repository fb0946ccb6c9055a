// Undo and redo in real Chromium: the button and the keys move through the same history, and
// the address follows each step.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('undo and redo', () => {
  it('undoes an expansion with the button, redoes it with Ctrl+Shift+Z, undoes with Ctrl+Z', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.url}/?expanded=gucci`);
    await page.waitForSelector('#graph .node[data-id=alibaba]');
    expect(await page.isDisabled('#undo')).toBe(true);
    await page.dblclick('#graph .node[data-id=alibaba]');
    await page.waitForSelector('#graph .node[data-id=china]');
    expect(page.url()).toContain('expanded=gucci%2Calibaba');
    await page.click('#undo');
    await page.waitForFunction(() => !document.querySelector('#graph .node[data-id=china]'));
    expect(page.url()).toMatch(/expanded=gucci(&|$)/);
    await page.keyboard.press('Control+Shift+Z');
    await page.waitForSelector('#graph .node[data-id=china]');
    expect(page.url()).toContain('expanded=gucci%2Calibaba');
    expect(await page.isDisabled('#undo')).toBe(false);
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(() => !document.querySelector('#graph .node[data-id=china]'));
    expect(page.url()).not.toContain('gucci%2Calibaba');
    // In a text field the keys are the field's own: the view stays as it is.
    await page.fill('#search input', 'gu');
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Y');
    expect(page.url()).toMatch(/expanded=gucci(&|$)/);
    await page.close();
  });
});
