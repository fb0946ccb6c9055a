// The Article panel in real Chromium: a new article pasted and analysed in one request (no
// other request while analysing), its known entities marked, two proposals accepted and one
// rejected; the two facts are then in the details and on the timeline with the quoted sentence
// and the resolved date, and nothing else was written.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { counts, loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const TOKEN = 'editor-token-for-the-article-panel-7';
// Written for this test: a new story about the bundled article's entities.
const ARTICLE = [
  'Kering Group said on Tuesday that it had dropped its lawsuit against Alibaba.',
  'Separately, eBay decided against joining the IACC last week.',
  'Gucci left the coalition in March.',
].join('\n\n');

let gateway: Neo4jGateway;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway, editors: new Map([[TOKEN, 'alice']]) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await loadBundledData(gateway);
  await gateway.close();
});

async function analysed(page: Page): Promise<Request[]> {
  await page.click('#article-section summary');
  await page.fill('#article textarea[name=text]', ARTICLE);
  await page.fill('#article input[name=title]', 'Kering ends its suit, eBay stays out');
  await page.fill('#article input[name=publisher]', 'fashionista');
  await page.fill('#article input[name=url]', 'https://example.org/kering-ebay');
  await page.fill('#article input[name=published]', '2019-06-14');
  await page.fill('#article input[name=token]', TOKEN);
  expect(await page.isChecked('#article input[name=keepText]')).toBe(false);
  const sent: Request[] = [];
  page.on('request', (r) => sent.push(r));
  const answer = page.waitForResponse('**/api/articles/analyse');
  await page.click('#article button[type=submit]');
  await answer;
  await page.waitForSelector('#article .proposal');
  page.removeAllListeners('request');
  return sent;
}

describe('Article panel', () => {
  it('opens an .html file as text: scripts neither run nor show, blocks become paragraphs', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.click('#article-section summary');
    const html =
      '<html><head><title>x</title><script>window.ran = 1</script></head><body>' +
      '<article><h1>Gucci quits</h1><p>Gucci <b>left</b> the IACC.</p>' +
      '<img src=x onerror="window.ran = 2"><p>Kering &amp; eBay</p></article></body></html>';
    await page.setInputFiles('#article input[name=file]', {
      name: 'story.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await page.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('#article textarea')?.value !== '',
    );
    expect(await page.inputValue('#article textarea')).toBe(
      'Gucci quits\n\nGucci left the IACC.\n\nKering & eBay',
    );
    expect(await page.inputValue('#article input[name=title]')).toBe('story');
    expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
    await page.close();
  });

  it('analyses a new article, saves two accepted proposals and nothing else', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Any request that leaves the app's own server is refused and counted.
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(app.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(app.url);
    await page.waitForSelector('#graph .node');
    const before = await counts(gateway);

    const sent = await analysed(page);
    expect(sent.map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual([
      'POST /api/articles/analyse',
    ]);
    expect(outside).toEqual([]);
    expect(await counts(gateway)).toEqual(before);

    const marks = await page.$$eval('#article .article-text mark.mention', (ms) =>
      ms.map((m) => [m.textContent, m.getAttribute('data-entity')]),
    );
    expect(marks).toEqual([
      ['Kering Group', 'kering'],
      ['Alibaba', 'alibaba'],
      ['eBay', 'ebay'],
      ['IACC', 'iacc'],
      ['Gucci', 'gucci'],
    ]);
    const proposals = page.locator('#article .proposal');
    expect(await proposals.count()).toBe(3);
    expect(await proposals.nth(0).getAttribute('data-type')).toBe('DROPPED_LAWSUIT_AGAINST');
    expect(await proposals.nth(1).getAttribute('data-type')).toBe('DECLINED_TO_JOIN');

    await proposals.nth(2).getByRole('button', { name: 'Reject' }).click();
    await proposals.nth(0).getByRole('button', { name: 'Accept' }).click();
    await page.waitForSelector('#article .proposal.accepted');
    await proposals.nth(1).getByRole('button', { name: 'Accept' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('#article .proposal.accepted').length === 2,
    );

    const after = await counts(gateway);
    expect(after).toEqual({ ...before, facts: before.facts + 2, sources: before.sources + 1 });
    // "Keep the full text" was off: the source holds only its metadata, the facts the spans.
    const [source] = await gateway.read(
      'MATCH (s:Source {title: $title}) RETURN s.text AS text, s.url AS url',
      { title: 'Kering ends its suit, eBay stays out' },
    );
    expect(source).toEqual({ text: null, url: 'https://example.org/kering-ebay' });

    // The details: the fact's sentence with its resolved day and the quoted sentence.
    await page.click('#article mark.mention[data-entity=kering]');
    const fact = page.locator('#details .fact', { hasText: 'dropped a lawsuit against' }).filter({
      hasText: '11 June 2019',
    });
    await fact.waitFor();
    expect(await fact.locator('blockquote.span').textContent()).toBe(
      '“Kering Group said on Tuesday that it had dropped its lawsuit against Alibaba.”',
    );
    // The timeline: both facts, with their resolved dates.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#timeline .item title')].some((t) =>
        t.textContent.includes('declined to join'),
      ),
    );
    const titles = await page.$$eval('#timeline .item title', (ts) => ts.map((t) => t.textContent));
    expect(
      titles.some((t) => t.includes('dropped a lawsuit against') && t.includes('11 June 2019')),
    ).toBe(true);
    expect(titles.some((t) => t.includes('declined to join') && t.includes('last week'))).toBe(
      true,
    );
    expect(outside).toEqual([]);
    await page.close();
  });
});
