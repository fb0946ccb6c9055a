// Embeds in real Chromium: framed by a page of another origin (another port), talking to it by
// postMessage; the explorer refusing that framing; oEmbed's HTML in a host page; the frozen
// file from file:// with the network blocked; and the analyst token with signed embeds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iframeSnippet } from '../../server/domain/embed-view';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { loadBundledData, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

const TOKEN = 'analyst-token-for-the-browser';
const KEY = 'embed-signing-key-for-the-browser-tests-0123';
let gateway: Neo4jGateway;
let app: RunningApp;
let guarded: RunningApp;
let listed: RunningApp;
let host: { server: Server; url: string };
let browser: Browser;
let dir: string;

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A page of another origin: `/frame?src=` frames a URL; `/oembed?url=` asks the app's oEmbed
 * for a URL and puts its HTML in the page, as a content system does. Messages are recorded. */
function hostPage(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body><h1>Host article</h1>${body}<script>window.messages=[];window.addEventListener('message',(e)=>window.messages.push({origin:e.origin,data:e.data}));</script></body></html>`;
}

function startHost(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const send = (html: string): void => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    };
    if (url.pathname === '/frame') {
      send(
        hostPage(
          `<iframe src="${attr(url.searchParams.get('src') ?? '')}" width="900" height="560"></iframe>`,
        ),
      );
    } else if (url.pathname === '/article') {
      // An article around the embed's own snippet (its height listener included).
      const text = '<p>' + 'Text of the article. '.repeat(120) + '</p>';
      send(
        hostPage(
          `${text}${iframeSnippet(url.searchParams.get('src') ?? '', 'Embed', 480)}${text}${text}`,
        ),
      );
    } else if (url.pathname === '/oembed') {
      const target = url.searchParams.get('url') ?? '';
      void fetch(`${app.url}/oembed?${new URLSearchParams({ url: target, maxwidth: '700' })}`)
        .then((r) => r.json() as Promise<{ html: string }>)
        .then((o) => send(hostPage(o.html)));
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
  app = await serveApp({ gateway });
  guarded = await serveApp({
    gateway,
    embed: { analystToken: TOKEN, signingKey: KEY, origins: ['*'] },
  });
  listed = await serveApp({ gateway, embed: { origins: ['https://news.example'] } });
  host = await startHost();
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'brand-graph-embed-'));
});
afterAll(async () => {
  await browser.close();
  await new Promise<void>((r) => host.server.close(() => r()));
  await Promise.all([app.close(), guarded.close(), listed.close()]);
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

async function embedFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('iframe');
  const handle = await page.$('iframe');
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

const nodeIds = (frame: Frame): Promise<string[]> =>
  frame.$$eval('#graph .node', (els) => els.map((e) => e.getAttribute('data-id') ?? '').sort());

async function messages(page: Page): Promise<{ origin: string; data: Record<string, unknown> }[]> {
  return page.evaluate(
    () =>
      (window as unknown as { messages: { origin: string; data: Record<string, unknown> }[] })
        .messages,
  );
}

async function frameOnHost(src: string): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${host.url}/frame?${new URLSearchParams({ src })}`);
  return { page, frame: await embedFrame(page) };
}

describe('an embed on a page of another origin', () => {
  it("renders the view, posts the reader's selection to the host and follows its commands", async () => {
    const { page, frame } = await frameOnHost(`${app.url}/embed?expanded=gucci`);
    await frame.waitForSelector('#graph .node[data-id=gucci]');
    const ids = await nodeIds(frame);
    expect(ids).toEqual(expect.arrayContaining(['gucci', 'iacc', 'alibaba']));
    expect(ids).not.toContain('china');
    expect(await frame.textContent('#credit')).toMatch(/^Sources: .*Associated Press/);
    expect(await frame.getAttribute('#explorer-link', 'href')).toBe('/?expanded=gucci');
    await page.waitForFunction(() =>
      (window as unknown as { messages: { data: { type: string } }[] }).messages.some(
        (m) => m.data.type === 'ready',
      ),
    );

    await frame.click('#graph .node[data-id=iacc]');
    await frame.waitForSelector('#details h2:text("International Anti-Counterfeiting Coalition")');
    await page.waitForFunction(() =>
      (window as unknown as { messages: { data: { type: string } }[] }).messages.some(
        (m) => m.data.type === 'select',
      ),
    );
    const select = (await messages(page)).find((m) => m.data.type === 'select');
    expect(select).toEqual({
      origin: app.url,
      data: {
        source: 'brand-graph-embed',
        version: 1,
        type: 'select',
        selection: {
          kind: 'entity',
          id: 'iacc',
          name: 'International Anti-Counterfeiting Coalition',
        },
      },
    });

    await page.evaluate(() => {
      const target = document.querySelector('iframe')?.contentWindow;
      target?.postMessage({ target: 'brand-graph-embed', type: 'focus', entity: 'alibaba' }, '*');
      target?.postMessage(
        { target: 'brand-graph-embed', type: 'setDate', date: '2016-04-01' },
        '*',
      );
      target?.postMessage({ target: 'brand-graph-embed', type: 'focus', entity: 'china' }, '*');
    });
    await frame.waitForSelector('#graph .node.selected[data-id=alibaba]');
    await page.waitForFunction(() =>
      (window as unknown as { messages: { data: { type: string } }[] }).messages.some(
        (m) => m.data.type === 'error',
      ),
    );
    const data = (await messages(page)).map((m) => m.data);
    expect(data).toContainEqual(expect.objectContaining({ type: 'time', asOf: '2016-04-01' }));
    expect(data).toContainEqual(
      expect.objectContaining({ type: 'error', message: '"china" is not in this view' }),
    );
    expect(await frame.$$eval('#timeline line.as-of', (els) => els.length)).toBe(1);
    await page.close();
  });

  it('the full explorer refuses to be framed by that origin', async () => {
    const page = await browser.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors|X-Frame-Options/i.test(m.text())) refusals.push(m.text());
    });
    await page.goto(
      `${host.url}/frame?${new URLSearchParams({ src: `${app.url}/?expanded=gucci` })}`,
    );
    const frame = await embedFrame(page);
    await page.waitForTimeout(1500);
    expect(await frame.$('#graph')).toBeNull();
    expect(refusals.length).toBeGreaterThan(0);
    await page.close();
  });

  it("renders oEmbed's HTML for an explorer URL pasted into the host", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(
      `${host.url}/oembed?${new URLSearchParams({ url: `${app.url}/?expanded=kering&entity=kering` })}`,
    );
    const frame = await embedFrame(page);
    await frame.waitForSelector('#graph .node.selected[data-id=kering]');
    expect(await page.getAttribute('iframe', 'width')).toBe('700');
    expect(await frame.textContent('#details h2')).toBe('Kering');
    await page.close();
  });
});

describe('framing and small screens', () => {
  it('an embed whose EMBED_ORIGINS lists other sites refuses to be framed by this one', async () => {
    const page = await browser.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/i.test(m.text())) refusals.push(m.text());
    });
    await page.goto(
      `${host.url}/frame?${new URLSearchParams({ src: `${listed.url}/embed?expanded=gucci` })}`,
    );
    const frame = await embedFrame(page);
    await page.waitForTimeout(1500);
    expect(await frame.$('#graph')).toBeNull();
    expect(refusals.length).toBeGreaterThan(0);
    await page.close();
  });

  it('reads on a phone: the graph full width, the details open over it, readable', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await page.goto(`${app.url}/embed?expanded=gucci&entity=gucci`);
    await page.waitForSelector('#graph .node[data-id=gucci]');
    const box = (selector: string): Promise<DOMRect> =>
      page.$eval(selector, (e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const graph = await box('#graph');
    const details = await box('#details');
    expect(graph.width).toBeGreaterThan(360);
    // A sheet over the graph's lower part, tall enough to read, not a strip under it.
    expect(details.top).toBeGreaterThan(graph.top);
    expect(details.bottom).toBeLessThanOrEqual(graph.bottom + 1);
    expect(details.height).toBeGreaterThan(150);
    expect(await page.textContent('#details h2')).toBe('Gucci');
    await page.click('#details .close-details');
    await page.waitForSelector('#details:not(.open)');
    expect((await box('#details')).height).toBeLessThan(50);
    await page.close();
  });
});

describe('an embed in an article', () => {
  async function article(width: number): Promise<{ page: Page; frame: Frame }> {
    const page = await browser.newPage({ viewport: { width, height: 700 } });
    const src = `${app.url}/embed?expanded=gucci`;
    await page.goto(`${host.url}/article?${new URLSearchParams({ src })}`);
    const frame = await embedFrame(page);
    await frame.waitForSelector('#graph .node[data-id=gucci]');
    return { page, frame };
  }
  const transform = (frame: Frame): Promise<string | null> =>
    frame.getAttribute('#graph .viewport', 'transform');
  const scrollY = (page: Page): Promise<number> => page.evaluate(() => window.scrollY);

  it('has a heading: the view title', async () => {
    const { page, frame } = await article(1000);
    expect(await frame.textContent('h1')).toBe(await frame.evaluate(() => document.title));
    expect(await frame.textContent('h1')).toContain('Gucci');
    await page.close();
  });

  it('a wheel over the graph scrolls the article and says how to zoom; after a click, Ctrl or the buttons it zooms', async () => {
    const { page, frame } = await article(1000);
    await page.$eval('iframe', (f) => f.scrollIntoView({ block: 'center' }));
    const graph = await (await page.$('iframe'))?.boundingBox();
    if (!graph) throw new Error('no frame box');
    const before = await transform(frame);
    const top = await scrollY(page);
    await page.mouse.move(graph.x + graph.width * 0.3, graph.y + graph.height * 0.4);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((y) => window.scrollY > y, top);
    expect(await transform(frame)).toBe(before);
    await frame.waitForSelector('#wheel-hint:not([hidden])');
    expect(await frame.textContent('#wheel-hint')).toMatch(/hold Ctrl .* click the graph first/);

    // Ctrl (and a trackpad pinch, which sends it) zooms without a click. The article scrolled
    // the graph partly out of the window: the reader brings it back and points at it again.
    await page.$eval('iframe', (f) => f.scrollIntoView({ block: 'center' }));
    const moved = await (await page.$('iframe'))?.boundingBox();
    if (!moved) throw new Error('no frame box');
    await page.mouse.move(moved.x + moved.width * 0.3, moved.y + moved.height * 0.4);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -20);
    await page.keyboard.up('Control');
    await frame.waitForFunction((t) => {
      return document.querySelector('#graph .viewport')?.getAttribute('transform') !== t;
    }, before);
    const zoomed = await transform(frame);

    // The buttons zoom; a click on the graph arms the wheel.
    await frame.click('#zoom-out');
    await frame.waitForFunction((t) => {
      return document.querySelector('#graph .viewport')?.getAttribute('transform') !== t;
    }, zoomed);
    const buttoned = await transform(frame);
    await frame.click('#graph', { position: { x: 5, y: 200 } });
    const still = await scrollY(page);
    await page.mouse.wheel(0, -50);
    await frame.waitForFunction((t) => {
      return document.querySelector('#graph .viewport')?.getAttribute('transform') !== t;
    }, buttoned);
    expect(await scrollY(page)).toBe(still);
    await page.close();
  });

  it('posts the height it wants for its width and the snippet applies it: the whole embed shows, on a phone too', async () => {
    const { page, frame } = await article(375);
    await page.waitForFunction(() => (document.querySelector('iframe')?.style.height ?? '') !== '');
    const posted = (await messages(page))
      .map((m) => m.data)
      .filter((d) => d.type === 'height')
      .map((d) => d.height as number);
    const last = posted[posted.length - 1] ?? 0;
    expect(last).not.toBe(480);
    await page.waitForFunction(
      (h) => document.querySelector('iframe')?.getBoundingClientRect().height === h,
      last,
    );
    // Chromium lays out a frame out of sight lazily: bring it into view.
    await page.$eval('iframe', (f) => f.scrollIntoView());
    // The frame lays itself out again once its new size reaches it (another process).
    await frame.waitForFunction((h) => document.documentElement.clientHeight === h, last);
    // Within the new height the graph keeps its wanted size and the credit line shows.
    const graph = await frame.$eval('#graph', (e) => e.getBoundingClientRect().height);
    expect(graph).toBeGreaterThanOrEqual(300);
    const credit = await frame.$eval('.credit', (e) => e.getBoundingClientRect().bottom);
    expect(credit).toBeLessThanOrEqual(last + 1);
    await page.close();
  });
});

describe('the frozen file', () => {
  it('opens from file:// with the network blocked, and zooms, hovers and shows details and the timeline', async () => {
    const response = await app.get('/api/embed/frozen?expanded=gucci&entity=gucci');
    expect(response.status).toBe(200);
    const file = join(dir, 'view.html');
    writeFileSync(file, await response.text());
    const context = await browser.newContext({
      offline: true,
      viewport: { width: 1000, height: 700 },
    });
    const requests: string[] = [];
    context.on('request', (r) => {
      if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
    });
    await context.route(/^(?!file:)/, (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('#graph .node[data-id=gucci]');
    expect(await page.textContent('#details h2')).toBe('Gucci');
    expect(await page.$$eval('#timeline .item', (els) => els.length)).toBeGreaterThan(0);
    const before = await page.getAttribute('#graph .viewport', 'transform');
    await page.mouse.move(500, 250);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(300);
    expect(await page.getAttribute('#graph .viewport', 'transform')).not.toBe(before);
    await page.hover('#graph .node[data-id=iacc]');
    expect(await page.getAttribute('#graph .viewport', 'class')).toContain('hovering');
    await page.click('#graph .node[data-id=iacc]');
    await page.waitForSelector('#details h2:text("International Anti-Counterfeiting Coalition")');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('with the analyst token configured', () => {
  async function signedEmbed(query: string): Promise<string> {
    const response = await fetch(`${guarded.url}/api/embed/sign?${query}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    return ((await response.json()) as { embed: string }).embed;
  }

  it('a signed embed renders; the same URL with one entity added is refused', async () => {
    const embed = await signedEmbed('expanded=gucci');
    const { page, frame } = await frameOnHost(embed);
    await frame.waitForSelector('#graph .node[data-id=gucci]');
    await page.close();

    const changed = new URL(embed);
    changed.searchParams.set('expanded', 'gucci,china');
    const refused = await frameOnHost(changed.href);
    await refused.frame.waitForSelector('#status.error');
    expect(await refused.frame.textContent('#status')).toMatch(/changed or forged/);
    expect(await refused.frame.$$('#graph .node')).toHaveLength(0);
    await refused.page.close();
  });

  it('the explorer asks for the token once and keeps it for the tab', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${guarded.url}/?expanded=gucci`);
    await page.waitForSelector('dialog.token-dialog[open]');
    await page.fill('dialog.token-dialog input', TOKEN);
    await page.click('dialog.token-dialog button[value=ok]');
    await page.waitForSelector('#graph .node[data-id=gucci]');
    await page.reload();
    await page.waitForSelector('#graph .node[data-id=gucci]');
    expect(await page.$('dialog.token-dialog')).toBeNull();

    await page.click('#embed-open');
    await page.waitForFunction(() =>
      (document.querySelector<HTMLTextAreaElement>('.embed-dialog textarea')?.value ?? '').includes(
        'sig=',
      ),
    );
    const code = await page.inputValue('.embed-dialog textarea');
    expect(code).toMatch(
      new RegExp(`^<iframe src="${guarded.url}/embed\\?expanded=gucci&amp;sig=`),
    );
    const preview = await (await page.$('.embed-preview'))?.contentFrame();
    await preview?.waitForSelector('#graph .node[data-id=gucci]');
    await page.close();
  });
});

describe('an embed of the first view plus an expansion', () => {
  it('draws what the explorer draws: the first view and the expanded neighbourhood, not only the latter', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.url}/?entity=gucci`);
    await page.waitForSelector('#details button:text-is("Expand")');
    await page.click('#details button:text-is("Expand")');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('all') === '1');
    await page.waitForSelector('#details button:text-is("Collapse")');
    const explorer = await page.$$eval('#graph .node', (els) =>
      els.map((e) => e.getAttribute('data-id') ?? '').sort(),
    );
    // Gucci's neighbourhood alone is a part of the view: the embed must not stop there.
    const around = await app.getJson<{ nodes: { key: string }[] }>('/api/neighbourhood?ids=gucci');
    expect(around.nodes.length).toBeLessThan(explorer.length);

    await page.click('#embed-open');
    await page.waitForFunction(() =>
      (
        document.querySelector<HTMLTextAreaElement>('.embed-dialog textarea')?.value ?? ''
      ).startsWith('<iframe'),
    );
    expect(await page.inputValue('.embed-dialog textarea')).toContain('expanded=gucci&amp;all=1');
    const preview = await (await page.$('.embed-preview'))?.contentFrame();
    if (!preview) throw new Error('no preview');
    await preview.waitForSelector('#graph .node[data-id=gucci]');
    expect(await nodeIds(preview)).toEqual(explorer);
    await page.close();
  });
});
