// Names a spreadsheet or a hostile file brings, in real Chromium: a vertical tab (U+000B), a
// right-to-left override (U+202E) and a zero-width space (U+200B), stored as an older version
// or cypher-shell would have stored them (past the text policy), and a self-relation. Exports
// stay well-formed XML and the PNG is made; dates beside such a name read as written; the
// self-relation is drawn as a loop.
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { loadBundledData, loadTestFiles, testGateway } from '../support/database';
import { smallFile } from '../support/fact-files';
import { serveApp, type RunningApp } from '../support/http-app';
import { xmlError } from '../support/xml';

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

/** The raw name, stored without the text policy: an override never closed, a tab, a ZWSP. */
const RAW_NAME = '\u202EEvil\u000B Co\u200Brp';

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  const file = smallFile();
  file.entities.push({ id: 'evil', kind: 'Company', name: 'Evil', aliases: [] });
  file.facts.push(
    {
      id: 'f-evil-owns',
      type: 'OWNS',
      subject: 'evil',
      object: 'acme',
      time: { start: { date: '2015', precision: 'year' } },
      sources: [{ source: 'paper-1' }],
    },
    {
      id: 'f-evil-self',
      type: 'OWNS',
      subject: 'evil',
      object: 'evil',
      sources: [{ source: 'paper-1' }],
    },
  );
  await loadTestFiles(gateway, [{ name: 'awkward.json', text: JSON.stringify(file) }]);
  await gateway.write("MATCH (e:Entity {id: 'evil'}) SET e.name = $name", { name: RAW_NAME });
  app = await serveApp({ gateway });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await gateway.write(
    "MATCH (e:Entity) WHERE e.id IN ['evil', 'acme', 'guild', 'paper'] DETACH DELETE e",
  );
  await gateway.close();
});

/** The x positions of each character of `needle` in the first element matching `selector`. */
async function charXs(scope: Page | Frame, selector: string, needle: string): Promise<number[]> {
  return scope.$eval(
    selector,
    (element, text) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(text);
        if (at < 0) continue;
        return Array.from({ length: text.length }, (_, i) => {
          const range = document.createRange();
          range.setStart(node, at + i);
          range.setEnd(node, at + i + 1);
          return range.getBoundingClientRect().left;
        });
      }
      return [];
    },
    needle,
  );
}

const increasing = (xs: readonly number[]): boolean =>
  xs.length > 1 && xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? 0));

describe('awkward text in the explorer', () => {
  it('reads the date after a name holding a right-to-left override as written', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.url}/?expanded=evil&entity=evil`);
    const sentence = '#details .sentence:has-text("Acme")';
    await page.waitForSelector(sentence);
    const text = (await page.textContent(sentence)) ?? '';
    // The name is isolated (FSI … PDI) inside the sentence, the element from its neighbours.
    expect(text).toMatch(/^\u2068\u202EEvil.*\u2069 owns Acme from 2015\.$/);
    expect(await page.$eval(sentence, (e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
    expect(increasing(await charXs(page, sentence, 'from 2015.'))).toBe(true);
    // The name alone reads in its own direction; the heading says it is isolated.
    expect(await page.getAttribute('#details h2', 'dir')).toBe('auto');
    // The self-relation reads naturally and is drawn as a loop (a cubic curve).
    const sentences = await page.$$eval('#details .sentence', (els) =>
      els.map((e) => e.textContent),
    );
    expect(sentences.some((s) => /\u2069 owns itself\.$/.test(s))).toBe(true);
    const loop = await page.getAttribute('#graph .edge[data-id="f-evil-self"] path.line', 'd');
    expect(loop).toMatch(/^M[\d.,-]+C/);
    await page.close();
  });

  it('exports well-formed SVG and GraphML and a PNG with such a name shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.url}/?expanded=evil`);
    await page.waitForSelector('#graph .node[data-id="evil"]');
    const grab = async (format: string): Promise<Buffer> => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`#export button[data-format=${format}]`),
      ]);
      return readFileSync(await file.path());
    };
    const svg = (await grab('svg')).toString('utf8');
    expect(svg).toContain('Evil');
    expect(xmlError(svg)).toBeUndefined();
    const graphml = (await grab('graphml')).toString('utf8');
    expect(graphml).toContain('\u202EEvil Co\u200Brp');
    expect(xmlError(graphml)).toBeUndefined();
    const png = await grab('png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(5000);
    await page.close();
  });

  it('isolates the name on the timeline and in the embed, where dates still read as written', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.url}/?expanded=evil`);
    await page.waitForSelector('#timeline .lanes text');
    const lanes = await page.$$eval('#timeline .lanes text', (els) =>
      els.map((e) => [e.textContent, getComputedStyle(e).unicodeBidi]),
    );
    expect(lanes.find(([t]) => t?.includes('Evil'))?.[1]).toBe('isolate');
    await page.goto(`${app.url}/embed?expanded=evil&entity=evil`);
    const sentence = '#details .sentence:has-text("Acme")';
    await page.waitForSelector(sentence);
    expect(await page.$eval(sentence, (e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
    expect(increasing(await charXs(page, sentence, 'from 2015.'))).toBe(true);
    await page.close();
  });
});
