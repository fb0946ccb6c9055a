// Story benchmark (not a test; prints figures): how soon a reader sees a story embed, cold in
// headless Chromium (first paint, first contentful paint, and the embed's own mark when step 1
// stands drawn), for the four-step IACC story served by the app over a fresh embedded Neo4j and
// as its frozen file; and the frame rate of a step transition on a generated 300-entity view
// (requestAnimationFrame counted while the step animates).
//   npm run build && npm run bench:story
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { createApp } from '../../server/app';
import { frozenPage } from '../../server/embed/pages';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';
import { storyPayload, type StoryPayload } from '../../server/domain/wire/story';
import { refreshFactTypes } from '../../server/graph/fact-types';
import { ensureSchema, loadFiles } from '../../server/load/loader';
import { jsonFilesIn, readInputs } from '../../server/load/read-inputs';
import { DATA_DIR } from '../../server/load/seed';
import { validateFiles } from '../../server/load/validate';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded';
import { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { publishIaccStory } from '../support/story-fixture';
import { generateGraph } from './client/graph';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const ENTITIES = 300;
const TRANSITIONS = Number(process.env.BENCH_TRANSITIONS ?? 6);
const EDITOR = 'story-bench-editor-token';
const CLIENT = join(import.meta.dirname, '../../dist/client');
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
const sorted = (xs: readonly number[]): number[] =>
  xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
const median = (xs: readonly number[]): number => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;
const p90 = (xs: readonly number[]): number => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)] ?? NaN;
};
const ms = (n: number): string => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(0)} ms`);
const both = (xs: readonly number[]): string => `${ms(median(xs))} / ${ms(p90(xs))}`;

interface ColdLoad {
  readonly firstPaint: number;
  readonly firstContentfulPaint: number;
  readonly firstStep: number;
}

/** `RUNS` cold loads of `url` (fresh context each, two warm-up loads not counted). */
async function coldLoads(browser: Browser, url: string): Promise<ColdLoad[]> {
  const loads: ColdLoad[] = [];
  for (let i = 0; i < RUNS + 2; i += 1) {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('story-first-step').length > 0);
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    const load = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
      firstContentfulPaint:
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      firstStep: performance.getEntriesByName('story-first-step')[0]?.startTime ?? NaN,
    }));
    await context.close();
    if (i >= 2) loads.push(load);
  }
  return loads;
}

/**
 * A two-step story over a generated graph of `ENTITIES` entities: half its ownerships start in
 * 2010, half in 2018; step 1 is 2012, step 2 is 2020, so the facts, the layout and the camera
 * all change between them.
 */
function generatedStory(): StoryPayload {
  const graph = generateGraph(ENTITIES);
  const edges = graph.edges.map((e, i) => ({
    ...e,
    attributes: {
      ...e.attributes,
      time: { start: { date: i % 2 === 0 ? '2010-01-01' : '2018-01-01', precision: 'day' } },
    },
  }));
  const data = (asOf: string) => ({
    view: { scope: 'all', expanded: [], hidden: [], hiddenKinds: [], hiddenTypes: [], asOf },
    title: 'Generated graph',
    graph: { ...graph, edges },
    events: [],
    factTypes: [],
    names: {},
    explorer: '/',
  });
  const steps = [
    { view: 'asOf=2012-01-01', caption: 'Before' },
    { view: 'asOf=2020-01-01', caption: 'After' },
  ];
  return storyPayload.parse({
    id: 'generated-story-for-benchmark',
    story: {
      ...{ at: new Date().toISOString(), title: 'Generated', summary: '', author: 'Bench', steps },
      data: [data('2012-01-01'), data('2020-01-01')],
    },
    explorer: '/',
  });
}

/**
 * In the page: press Next (or Previous) and count animation frames until the step stops moving.
 * The first two frames paint the new step as the old one stood (the layout's and the drawing's
 * cost, `firstPaint`); the animation's clock starts after them, so its rate is counted from there.
 */
const TRANSITION = `new Promise((resolve) => {
  const svg = document.querySelector('#graph');
  const button = document.querySelector(svg.dataset.step === '1' ? '#story-next' : '#story-prev');
  const frames = [];
  const t0 = performance.now();
  button.click();
  const blocked = performance.now() - t0;
  const count = (t) => {
    frames.push(t);
    if (svg.dataset.moving) { requestAnimationFrame(count); return; }
    const run = frames.slice(2);
    resolve({ blocked, firstPaint: (frames[1] ?? t) - t0, frames: run.length,
      span: run[run.length - 1] - run[0],
      longest: Math.max(...run.slice(1).map((f, i) => f - run[i])),
      nodes: svg.querySelectorAll('.node').length });
  };
  requestAnimationFrame(count);
})`;

interface Transition {
  readonly blocked: number;
  readonly firstPaint: number;
  readonly frames: number;
  readonly span: number;
  readonly longest: number;
  readonly nodes: number;
}

async function transitions(browser: Browser, file: string): Promise<Transition[]> {
  const context = await browser.newContext({
    viewport: { width: 900, height: 600 },
    reducedMotion: 'no-preference',
    offline: true,
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('#graph[data-step="1"]');
  const runs: Transition[] = [];
  for (let i = 0; i < TRANSITIONS + 1; i += 1) {
    const run = await page.evaluate<Transition>(TRANSITION);
    if (i >= 1) runs.push(run); // the first warms the code up
  }
  await context.close();
  return runs;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const home = mkdtempSync(join(tmpdir(), 'brand-graph-story-bench-'));
  let db: EmbeddedNeo4j | undefined;
  let gateway: Neo4jGateway | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
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
    gateway = Neo4jGateway.connect({ ...db, database: 'neo4j', txTimeoutMs: 15000 });
    await gateway.waitUntilReady(30000);
    await ensureSchema(gateway);
    const validation = validateFiles(readInputs(jsonFilesIn(DATA_DIR)));
    if (!validation.ok) throw new Error('data/ does not validate');
    await loadFiles(gateway, validation.files);
    const factTypes = new FactTypeRegistry();
    await refreshFactTypes(gateway, factTypes);
    const editors = new Map([[EDITOR, 'bench']]);
    server = createApp({ gateway, factTypes, editors, rateLimitPerMinute: 0 }).listen(
      0,
      '127.0.0.1',
    );
    await new Promise<void>((r) => server?.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const story = await publishIaccStory(base, EDITOR);
    browser = await launchBrowser();

    log('story embed, cold ...');
    const served = await coldLoads(browser, story.links?.embed ?? '');
    log('frozen file, cold ...');
    const frozenFile = join(home, 'iacc.html');
    writeFileSync(frozenFile, await (await fetch(story.links?.frozen ?? '')).text());
    const frozen = await coldLoads(browser, pathToFileURL(frozenFile).href);
    log(`step transitions, ${ENTITIES} entities ...`);
    const asset = (path: string): string => readFileSync(join(CLIENT, path), 'utf8');
    const generatedFile = join(home, 'generated.html');
    writeFileSync(generatedFile, frozenPage(asset('story.html'), asset, generatedStory(), ''));
    const moves = await transitions(browser, generatedFile);

    const row = (name: string, loads: readonly ColdLoad[]): string =>
      `| ${name} | ${both(loads.map((l) => l.firstPaint))} | ${both(loads.map((l) => l.firstContentfulPaint))} | ${both(loads.map((l) => l.firstStep))} |`;
    const fps = moves.map((m) => ((m.frames - 1) * 1000) / m.span);
    console.log(
      [
        'Command: npm run build && npm run bench:story',
        `Date: ${new Date().toISOString()}`,
        `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}; Chromium ${browser.version()} headless (no GPU); /proc/loadavg ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')} at the end (a busy shared machine: every figure is pessimistic)`,
        `Cold loads: ${RUNS} per row (fresh browser context, no cache) after 2 warm-up loads; viewport 900×600; app on 127.0.0.1`,
        '',
        '| Story embed (IACC, 4 steps) | First paint p50 / p90 | First contentful paint p50 / p90 | Step 1 drawn p50 / p90 |',
        '| --- | --: | --: | --: |',
        row('/stories/ID (served)', served),
        row('frozen file (file://, offline)', frozen),
        '',
        `Step transitions on a ${moves[0]?.nodes ?? 0}-entity view (generated graph, ${ENTITIES * 2} facts; ${moves.length} transitions after a warm-up, frozen file, motion allowed):`,
        '',
        '| Frames per second p50 / min | Frames per transition p50 | Animation length p50 | Longest frame p50 / max | Layout and drawing (script) p50 / max | Until the new step is painted p50 / max |',
        '| --: | --: | --: | --: | --: | --: |',
        `| ${median(fps).toFixed(1)} / ${Math.min(...fps).toFixed(1)} | ${median(moves.map((m) => m.frames))} | ${ms(median(moves.map((m) => m.span)))} | ${ms(median(moves.map((m) => m.longest)))} / ${ms(Math.max(...moves.map((m) => m.longest)))} | ${ms(median(moves.map((m) => m.blocked)))} / ${ms(Math.max(...moves.map((m) => m.blocked)))} | ${ms(median(moves.map((m) => m.firstPaint)))} / ${ms(Math.max(...moves.map((m) => m.firstPaint)))} |`,
      ].join('\n'),
    );
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await gateway?.close().catch(() => undefined);
    await db?.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
