// Embed benchmark (not a test; prints a table): what an embed's first load transfers (gzipped
// HTML, JS and CSS; its data apart) and how soon headless Chromium paints it and draws its
// graph, over a fresh embedded Neo4j holding the article; and the same for the frozen file.
//   npm run build && npm run bench:embed
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { createApp } from '../../server/app';
import { refreshFactTypes } from '../../server/graph/fact-types';
import { ensureSchema, loadFiles } from '../../server/load/loader';
import { jsonFilesIn, readInputs } from '../../server/load/read-inputs';
import { DATA_DIR } from '../../server/load/seed';
import { validateFiles } from '../../server/load/validate';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded';
import { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const VIEWS: readonly [string, string][] = [
  ['Gucci (neighbourhood)', '/embed?expanded=gucci&entity=gucci'],
  ['Gucci, Kering, Alibaba', '/embed?expanded=alibaba,gucci,kering'],
  ['whole article graph', '/embed'],
];
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

interface Load {
  readonly firstPaint: number;
  readonly firstContentfulPaint: number;
  readonly graphDrawn: number;
  /** When the data had arrived (its request starts with the page, from a preload hint). */
  readonly dataReady: number;
  readonly nodes: number;
}

interface Transfer {
  /** Raw and gzipped bytes of the page, its script and stylesheet. */
  readonly shellRaw: number;
  readonly shellGzip: number;
  readonly dataRaw: number;
  readonly dataGzip: number;
  readonly requests: number;
}

// Timings a page did not report (file:// pages sometimes give no paint entry) are left out.
const median = (xs: readonly number[]): number => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const p90 = (xs: readonly number[]): number => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)] ?? NaN;
};
const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number): string => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(0)} ms`);

/** One cold load in a fresh context (no cache): paint timings, and what went over the wire. */
async function loadOnce(
  context: BrowserContext,
  url: string,
  transfer?: (t: Transfer) => void,
): Promise<Load> {
  const page = await context.newPage();
  const bodies: Promise<{ kind: string; bytes: Buffer }>[] = [];
  page.on('response', (response) => {
    if (!transfer) return;
    const type = response.request().resourceType();
    const kind = response.url().includes('/api/embed/view') ? 'data' : type;
    bodies.push(response.body().then((bytes) => ({ kind, bytes })));
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('embed-graph-drawn').length > 0);
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const timings = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    firstContentfulPaint:
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    graphDrawn: performance.getEntriesByName('embed-graph-drawn')[0]?.startTime ?? NaN,
    dataReady:
      (
        performance.getEntriesByType('resource').find((e) => e.name.includes('/api/embed/view')) as
          PerformanceResourceTiming | undefined
      )?.responseEnd ?? NaN,
    nodes: document.querySelectorAll('#graph .node').length,
  }));
  if (transfer) {
    const all = await Promise.all(bodies);
    const shell = all.filter((b) => ['document', 'script', 'stylesheet'].includes(b.kind));
    const data = all.filter((b) => b.kind === 'data');
    const sum = (xs: typeof all, f: (b: Buffer) => number): number =>
      xs.reduce((s, b) => s + f(b.bytes), 0);
    transfer({
      shellRaw: sum(shell, (b) => b.length),
      shellGzip: sum(shell, (b) => gzipSync(b, { level: 6 }).length),
      dataRaw: sum(data, (b) => b.length),
      dataGzip: sum(data, (b) => gzipSync(b, { level: 6 }).length),
      requests: all.length,
    });
  }
  await page.close();
  return timings;
}

async function measure(
  browser: Browser,
  url: string,
  offline = false,
): Promise<{ loads: Load[]; transfer: Transfer | undefined }> {
  let transfer: Transfer | undefined;
  const loads: Load[] = [];
  for (let i = 0; i < RUNS + 2; i += 1) {
    const context = await browser.newContext({ viewport: { width: 800, height: 500 }, offline });
    const load = await loadOnce(context, url, i === 0 ? (t) => (transfer = t) : undefined);
    await context.close();
    if (i >= 2) loads.push(load); // two warm-up loads (server and disk caches), not counted
  }
  return { loads, transfer };
}

function row(name: string, loads: readonly Load[], transfer: Transfer | undefined): string {
  const t = transfer;
  return [
    name,
    String(loads[0]?.nodes ?? 0),
    t ? `${kb(t.shellGzip)} (${kb(t.shellRaw)} raw)` : '',
    t ? (t.dataRaw > 0 ? `${kb(t.dataGzip)} (${kb(t.dataRaw)} raw)` : 'inline') : '',
    t ? String(t.requests) : '',
    `${ms(median(loads.map((l) => l.firstPaint)))} / ${ms(p90(loads.map((l) => l.firstPaint)))}`,
    `${ms(median(loads.map((l) => l.dataReady)))} / ${ms(p90(loads.map((l) => l.dataReady)))}`,
    `${ms(median(loads.map((l) => l.graphDrawn)))} / ${ms(p90(loads.map((l) => l.graphDrawn)))}`,
  ].join(' | ');
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadavg()[0] ?? NaN;
  const home = mkdtempSync(join(tmpdir(), 'brand-graph-embed-bench-'));
  let db: EmbeddedNeo4j | undefined;
  let gateway: Neo4jGateway | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await gateway?.close().catch(() => undefined);
    await db?.stop();
    rmSync(home, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    log('starting an embedded Neo4j ...');
    db = await startEmbeddedNeo4j(
      {
        mode: 'embedded',
        home,
        boltPort: 0,
        heap: '1g',
        pageCacheBytes: 128 * 1024 * 1024,
        database: 'neo4j',
      },
      { txTimeoutMs: 60000, startTimeoutMs: 180000, log: () => undefined },
    );
    gateway = Neo4jGateway.connect({
      uri: db.uri,
      username: db.username,
      password: db.password,
      database: 'neo4j',
      txTimeoutMs: 15000,
    });
    await gateway.waitUntilReady(30000);
    await ensureSchema(gateway);
    const validation = validateFiles(readInputs(jsonFilesIn(DATA_DIR)));
    if (!validation.ok) throw new Error('data/ does not validate');
    await loadFiles(gateway, validation.files);
    const factTypes = new FactTypeRegistry();
    await refreshFactTypes(gateway, factTypes);
    const app = createApp({ gateway, factTypes, rateLimitPerMinute: 0 });
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((r) => server?.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();

    const lines = [
      '| View | Entities | Initial load, gzipped (HTML+JS+CSS) | Data, gzipped | Requests | First paint p50 / p90 | Data arrived p50 / p90 | Graph drawn p50 / p90 |',
      '| --- | --: | --: | --: | --: | --: | --: | --: |',
    ];
    const apiTimes: string[] = [];
    for (const [name, path] of VIEWS) {
      const url = `${base}/api/embed/view${path.slice('/embed'.length)}`;
      const times: number[] = [];
      for (let i = 0; i < RUNS + 5; i += 1) {
        const t0 = performance.now();
        await (await fetch(url)).arrayBuffer();
        if (i >= 5) times.push(performance.now() - t0);
      }
      apiTimes.push(`${name}: ${ms(median(times))} / ${ms(p90(times))}`);
    }
    for (const [name, path] of VIEWS) {
      log(`embed: ${name} ...`);
      const { loads, transfer } = await measure(browser, `${base}${path}`);
      lines.push(`| ${row(name, loads, transfer)} |`);
    }
    log('frozen file ...');
    const frozen = await (
      await fetch(`${base}/api/embed/frozen?expanded=gucci&entity=gucci`)
    ).text();
    const file = join(home, 'frozen.html');
    writeFileSync(file, frozen);
    const { loads } = await measure(browser, pathToFileURL(file).href, true);
    const bytes = Buffer.byteLength(frozen);
    lines.push(
      `| ${row('frozen file, Gucci (file://, offline)', loads, {
        shellRaw: bytes,
        shellGzip: gzipSync(frozen).length,
        dataRaw: 0,
        dataGzip: 0,
        requests: 1,
      })} |`,
    );
    const version = browser.version();
    console.log(
      [
        'Command: npm run build && npm run bench:embed',
        `Date: ${new Date().toISOString()}`,
        `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}; Chromium ${version} headless; load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? NaN).toFixed(1)} at the end (other work on the machine slows every figure)`,
        `Runs: ${RUNS} cold loads per view (fresh browser context, no cache) after 2 warm-up loads; viewport 800×500; server on 127.0.0.1, no compression on the wire (sizes gzipped here at level 6)`,
        '',
        ...lines,
        '',
        `The data request alone (GET /api/embed/view from Node, sequential, p50 / p90): ${apiTimes.join('; ')}`,
        '',
        `Total run time: ${Math.round((Date.now() - started) / 1000)} s`,
      ].join('\n'),
    );
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
