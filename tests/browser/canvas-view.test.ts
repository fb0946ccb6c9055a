// The Canvas view (beyond LIMITS.largeGraph entities) does what the SVG view does with the
// pointer: a click on a fact's line selects the fact and shows its details, a drag pins an
// entity where the reader drops it, and the details' Unpin lets it go.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { LIMITS } from '../../server/domain/limits';
import { factSentence } from '../../server/domain/sentences';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { clearDatabase, loadBundledData, loadTestFiles, testGateway } from '../support/database';
import { asText, largeFile } from '../support/fact-files';
import { serveApp, type RunningApp } from '../support/http-app';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;
/** A chain e-0 → e-1 → … one longer than the SVG view draws: the explorer picks Canvas. */
const SIZE = LIMITS.largeGraph + 100;

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
  await loadTestFiles(gateway, [{ name: 'chain.json', text: asText(largeFile(SIZE)) }]);
  app = await serveApp({ gateway });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

const canvasData = (page: Page, key: string): Promise<string | undefined> =>
  page.$eval('canvas.graph-canvas', (c, k) => (c as HTMLCanvasElement).dataset[k], key);

/** Opens the explorer on the chain, waits for the settled layout, and centres on one entity. */
async function openCentredOn(page: Page, name: string): Promise<{ x: number; y: number }> {
  await page.goto(app.url);
  await page.waitForSelector('canvas.graph-canvas[data-layouts="1"]');
  await page.fill('#search input', name);
  await page.waitForSelector('#search [role=option]');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#details h2:text-is("${name}")`);
  const box = await page.locator('canvas.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  // Search centres the view on the entity it found (`centreTransform`).
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What the canvas names under the pointer at (x, y): its tooltip, as the SVG view's titles. */
async function titleAt(page: Page, x: number, y: number): Promise<string> {
  await page.mouse.move(x, y);
  return page.$eval('canvas.graph-canvas', (c) => (c as HTMLCanvasElement).title);
}

describe('the Canvas view', () => {
  it('is the renderer for this graph', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app.url);
    await page.waitForSelector('canvas.graph-canvas');
    expect(await page.isHidden('#graph')).toBe(true);
    await page.close();
  });

  it('selects a fact clicked on its line and shows its details, as the SVG view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const centre = await openCentredOn(page, 'Brand 800');
    // Around the entity, its two facts' lines leave towards its neighbours: find one by its title.
    const wanted = new Map([
      ['Brand 799 owns Brand 800', 'f-800'],
      ['Brand 800 owns Brand 801', 'f-801'],
    ]);
    let found: { x: number; y: number; key: string } | undefined;
    for (const r of [16, 22, 28]) {
      for (let a = 0; a < 72 && !found; a += 1) {
        const x = centre.x + r * Math.cos((a * Math.PI) / 36);
        const y = centre.y + r * Math.sin((a * Math.PI) / 36);
        const key = wanted.get(await titleAt(page, x, y));
        if (key) found = { x, y, key };
      }
    }
    if (!found) throw new Error('no line of Brand 800 found around it');
    await page.mouse.click(found.x, found.y);
    await page.waitForFunction(
      (key) => new URLSearchParams(location.search).get('fact') === key,
      found.key,
    );
    // The details are the fact's, written as the SVG view writes them (renderFact).
    const n = Number(found.key.slice(2));
    const sentence = factSentence(
      {
        type: 'OWNS',
        subject: `e-${n - 1}`,
        object: `e-${n}`,
        time: { start: { date: '2015', precision: 'year' } },
      },
      (id) => `Brand ${id.slice(2)}`,
      new FactTypeRegistry(),
    );
    await page.waitForSelector('#details h2');
    expect(await page.textContent('#details h2')).toBe(sentence);
    // The frame paints that fact as selected.
    await page.waitForFunction(
      (key) =>
        document.querySelector<HTMLCanvasElement>('canvas.graph-canvas')?.dataset.selected ===
        `fact:${key}`,
      found.key,
    );
    await page.screenshot({
      path: join(PROJECT_ROOT, 'test-results', 'screenshots', 'canvas-fact-selected.png'),
    });
    await page.close();
  });

  it('pins an entity where it is dragged to, and Unpin in its details lets it go', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const centre = await openCentredOn(page, 'Brand 900');
    expect(await page.locator('#details button:text-is("Unpin")').count()).toBe(0);
    expect(await titleAt(page, centre.x, centre.y)).toBe('Brand 900 (Brand)');
    const drop = { x: centre.x + 140, y: centre.y + 90 };
    await page.mouse.down();
    await page.mouse.move(drop.x, drop.y, { steps: 8 });
    await page.mouse.up();
    expect(await canvasData(page, 'pinned')).toBe('e-900');
    // It is where it was dropped, and no longer where it was.
    expect(await titleAt(page, drop.x, drop.y)).toBe('Brand 900 (Brand)');
    expect(await titleAt(page, centre.x, centre.y)).not.toBe('Brand 900 (Brand)');
    // The drag moved the entity, not the camera: the URL holds no viewport from it.
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    // Selecting it (the same gesture as in the SVG view) offers Unpin.
    await page.mouse.click(drop.x, drop.y);
    const unpin = page.locator('#details button:text-is("Unpin")');
    await unpin.waitFor();
    await unpin.click();
    await page.waitForFunction(
      () => document.querySelector<HTMLCanvasElement>('canvas.graph-canvas')?.dataset.pinned === '',
    );
    await page.waitForSelector('#details h2:text-is("Brand 900")');
    expect(await page.locator('#details button:text-is("Unpin")').count()).toBe(0);
    await page.close();
  });
});
