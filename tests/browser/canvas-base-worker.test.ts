// The Canvas view's base layer (facts and entities) is drawn by a worker on an OffscreenCanvas
// under the view's own canvas (client/src/graph/base-drawer.ts): a screenshot shows it, the view's
// canvas holds none of it, pan and zoom move it, and hit testing still finds what it shows.
// Without OffscreenCanvas transfer (an older browser) the main thread draws it as before.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/domain/limits';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { clearDatabase, loadBundledData, loadTestFiles, testGateway } from '../support/database';
import { asText, largeFile } from '../support/fact-files';
import { serveApp, type RunningApp } from '../support/http-app';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;
/** Decodes screenshots (a blank page: no content security policy in the way). */
let decoder: Page;
/** A chain e-0 → e-1 → … longer than the SVG view draws: the explorer picks Canvas. */
const SIZE = LIMITS.largeGraph + 100;

beforeAll(async () => {
  gateway = testGateway();
  await clearDatabase(gateway);
  await loadTestFiles(gateway, [{ name: 'chain.json', text: asText(largeFile(SIZE)) }]);
  app = await serveApp({ gateway });
  browser = await launchBrowser();
  decoder = await browser.newPage();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

type Point = { x: number; y: number };
/** Pixels are read this far around a point (CSS px): the pointer finds a line within a few px of it. */
const NEAR = 7;
const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });

/** Waits until the base layer shows the camera the view has (event-driven: both are data attributes). */
async function baseShowsView(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.graph-canvas');
    return c?.dataset.camera !== undefined && c.dataset.camera === c.dataset.baseCamera;
  });
  return page.$eval('canvas.graph-canvas', (c) => (c as HTMLCanvasElement).dataset.camera ?? '');
}

/**
 * A screenshot of the graph area: pixels unlike the background (the most common colour), and at
 * each point the largest difference from the background within `NEAR` px.
 */
async function shot(page: Page, points: Point[]): Promise<{ painted: number; diff: number[] }> {
  const box = await page.locator('canvas.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const png = (await page.screenshot({ clip: box })).toString('base64');
  const local = points.map((p) => ({ x: Math.round(p.x - box.x), y: Math.round(p.y - box.y) }));
  return decoder.evaluate(
    async ({ png, local, NEAR }) => {
      const blob = await (await fetch(`data:image/png;base64,${png}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D context');
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < d.length; i += 4 * 7) {
        const key = ((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const bg = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
      const unlike = (i: number): number =>
        Math.abs((d[i] ?? 0) - ((bg >> 16) & 255)) +
        Math.abs((d[i + 1] ?? 0) - ((bg >> 8) & 255)) +
        Math.abs((d[i + 2] ?? 0) - (bg & 255));
      let painted = 0;
      for (let i = 0; i < d.length; i += 4) if (unlike(i) > 30) painted += 1;
      const diff = local.map((p) => {
        let most = 0;
        for (let dy = -NEAR; dy <= NEAR; dy += 1) {
          for (let dx = -NEAR; dx <= NEAR; dx += 1) {
            const x = p.x + dx;
            const y = p.y + dy;
            if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) continue;
            most = Math.max(most, unlike(4 * (y * canvas.width + x)));
          }
        }
        return most;
      });
      return { painted, diff };
    },
    { png, local, NEAR },
  );
}

/** The most opaque pixel of the view's own canvas within `NEAR` px of `p` (page coordinates). */
async function viewCanvasAlpha(page: Page, p: Point): Promise<number> {
  return page.$eval(
    'canvas.graph-canvas',
    (c, { p, near }) => {
      const canvas = c as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const x = Math.round((p.x - box.x) * ratio) - near;
      const y = Math.round((p.y - box.y) * ratio) - near;
      const side = 2 * near + 1;
      const data = canvas.getContext('2d')?.getImageData(x, y, side, side).data ?? [];
      let most = 0;
      for (let i = 3; i < data.length; i += 4) most = Math.max(most, data[i] ?? 0);
      return most;
    },
    { p, near: NEAR },
  );
}

async function titleAt(page: Page, p: Point): Promise<string> {
  await page.mouse.move(p.x, p.y);
  return page.$eval('canvas.graph-canvas', (c) => (c as HTMLCanvasElement).title);
}

/** Opens the explorer, centres on Brand 800 (search), then clears the selection; returns its place. */
async function openOnBrand800(page: Page): Promise<{ centre: Point; blank: Point }> {
  await page.goto(app.url);
  await page.waitForSelector('canvas.graph-canvas[data-layouts="1"]');
  await page.fill('#search input', 'Brand 800');
  await page.waitForSelector('#search [role=option]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#details h2:text-is("Brand 800")');
  const box = await page.locator('canvas.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A click where nothing is clears the selection (its facts are no longer marked on top).
  let blank: Point | undefined;
  for (const dy of [150, 200, 250, -150, -200]) {
    const p = { x: centre.x + 200, y: centre.y + dy };
    if ((await titleAt(page, p)) === '') blank = p;
    if (blank) break;
  }
  if (!blank) throw new Error('no blank place near Brand 800');
  await page.mouse.click(blank.x, blank.y);
  await page.waitForFunction(
    () => document.querySelector<HTMLCanvasElement>('canvas.graph-canvas')?.dataset.selected === '',
  );
  return { centre, blank };
}

/** A point on one of Brand 800's facts' lines where the view's own canvas paints nothing. */
async function pointOnFact(page: Page, centre: Point): Promise<Point> {
  const facts = new Set(['Brand 799 owns Brand 800', 'Brand 800 owns Brand 801']);
  for (const r of [16, 22, 28, 34]) {
    for (let a = 0; a < 72; a += 1) {
      const p = {
        x: centre.x + r * Math.cos((a * Math.PI) / 36),
        y: centre.y + r * Math.sin((a * Math.PI) / 36),
      };
      if (facts.has(await titleAt(page, p)) && (await viewCanvasAlpha(page, p)) === 0) return p;
    }
  }
  throw new Error('no line of Brand 800 found around it');
}

describe('the Canvas view with its base layer in a worker', () => {
  it('draws facts and entities under the view canvas, shown in a screenshot; pan and zoom move them; clicks still select', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { centre, blank } = await openOnBrand800(page);
    expect(await page.locator('canvas.graph-canvas-base').count()).toBe(1);
    const edge = await pointOnFact(page, centre);
    await page.mouse.move(blank.x, blank.y);
    await baseShowsView(page);
    // The entity and its fact are in the screenshot, and not on the view's own canvas.
    expect(await viewCanvasAlpha(page, centre)).toBe(0);
    const seen = await shot(page, [centre, edge]);
    expect(seen.diff[0]).toBeGreaterThan(60);
    expect(seen.diff[1]).toBeGreaterThan(20);
    // Without the worker's canvas the page shows neither: it is what draws them.
    await page.$eval(
      'canvas.graph-canvas-base',
      (c) => ((c as HTMLElement).style.visibility = 'hidden'),
    );
    const without = await shot(page, [centre, edge]);
    expect(without.diff).toEqual([0, 0]);
    expect(without.painted).toBeLessThan(seen.painted);
    await page.$eval('canvas.graph-canvas-base', (c) => ((c as HTMLElement).style.visibility = ''));

    // A pan (a drag from a blank place) moves the drawing with the pointer.
    const move = { x: 90, y: -60 };
    await page.mouse.move(blank.x, blank.y);
    await page.mouse.down();
    await page.mouse.move(blank.x + move.x, blank.y + move.y, { steps: 6 });
    await page.mouse.up();
    const before = await baseShowsView(page);
    const moved = add(centre, move);
    expect(await viewCanvasAlpha(page, moved)).toBe(0);
    const panned = await shot(page, [moved, add(edge, move), centre]);
    expect(panned.diff[0]).toBeGreaterThan(60);
    expect(panned.diff[1]).toBeGreaterThan(20);

    // A zoom about the entity keeps it under the pointer and scales the fact's line about it.
    await page.mouse.move(moved.x, moved.y);
    await page.mouse.wheel(0, -200);
    await page.waitForFunction(
      (b) => document.querySelector<HTMLCanvasElement>('canvas.graph-canvas')?.dataset.camera !== b,
      before,
    );
    const after = await baseShowsView(page);
    const r = Number(after.split(',')[2]) / Number(before.split(',')[2]);
    expect(r).toBeGreaterThan(1.1);
    const edgeNow = { x: moved.x + (edge.x - centre.x) * r, y: moved.y + (edge.y - centre.y) * r };
    const zoomed = await shot(page, [moved, edgeNow]);
    expect(zoomed.diff[0]).toBeGreaterThan(60);
    expect(zoomed.diff[1]).toBeGreaterThan(20);

    // Hit testing reads the same positions: a click on the entity selects it.
    await page.mouse.click(moved.x, moved.y);
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLCanvasElement>('canvas.graph-canvas')?.dataset.selected ===
        'entity:e-800',
    );
    await page.waitForSelector('#details h2:text-is("Brand 800")');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws on the main thread where the browser cannot hand a canvas to a worker', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      Reflect.deleteProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen');
    });
    const { centre, blank } = await openOnBrand800(page);
    expect(await page.locator('canvas.graph-canvas-base').count()).toBe(0);
    await page.mouse.move(blank.x, blank.y);
    await baseShowsView(page);
    // The entity is painted on the view's own canvas, and shows in a screenshot.
    expect(await viewCanvasAlpha(page, centre)).toBeGreaterThan(200);
    expect((await shot(page, [centre])).diff[0]).toBeGreaterThan(60);
    await page.close();
  });
});
