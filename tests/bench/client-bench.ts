// Client benchmark (not a test; prints tables): the explorer's Canvas view, vis-network and a
// plain D3 SVG force graph on the same generated graphs in headless Chromium — layout settle
// time, long tasks meanwhile, frames per second while panning and zooming — and the initial
// JS and CSS of every page vite built.
//   npm run build && npm run bench:client
//   BENCH_NODES=1000,5000 BENCH_RENDERERS=canvas,vis BENCH_RUNS=2 npm run bench:client
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../support/browser';
import { parseOptions } from './client/options';
import { RENDERER_NAMES, seconds, summarize, verdicts } from './client/report';
import type { BenchResult } from './client/result';
import { pageSizes, sizeTable } from './page-sizes';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = join(import.meta.dirname, 'client');
const DIST = join(PAGE, 'dist');
const CLIENT_DIST = join(ROOT, 'dist', 'client');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};
/** Lifts Chromium's frame-rate cap (BENCH_UNCAPPED=1). */
const UNCAPPED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0] ?? '/';
    const path = resolve(dir, '.' + (url === '/' ? '/index.html' : url));
    if (!path.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(path);
      res
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
      });
    });
  });
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function printSizes(): Promise<void> {
  if (!existsSync(CLIENT_DIST)) {
    console.log(`Page sizes: no build in ${CLIENT_DIST}; run \`npm run build\` first.`);
    return;
  }
  console.log('\nInitial download per page (gzipped; static imports followed, lazy chunks not):\n');
  for (const line of sizeTable(await pageSizes(CLIENT_DIST))) console.log(line);
}

async function main(): Promise<void> {
  const options = parseOptions(process.env);
  await build({ configFile: join(PAGE, 'vite.config.ts') });
  const { server, url } = await serve(DIST);
  const browser = await launchBrowser(options.uncapped ? UNCAPPED_ARGS : []);
  const results: (BenchResult & { run: number; load: string })[] = [];
  const startLoad = load();
  const started = new Date();
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      for (const n of options.nodes) {
        for (const renderer of options.renderers) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          await page.goto(url);
          await page.waitForFunction(() => typeof window.runBench === 'function');
          const loadNow = load();
          process.stderr.write(`  run ${run}: ${renderer} ${n} nodes (load ${loadNow}) ...`);
          const result = await page.evaluate(([r, a, s, t]) => window.runBench(r, a, s, t), [
            renderer,
            n,
            options.seconds,
            options.settleTimeoutSeconds * 1000,
          ] as const);
          process.stderr.write(` ${seconds(result.settleMs)}, ${result.fps.toFixed(1)} fps\n`);
          results.push({ ...result, run, load: loadNow });
          await page.close();
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }
  const version = browser.version();
  console.log(
    `Started ${started.toISOString()}; machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, Chromium ${version} headless without GPU, viewport 1280×800${options.uncapped ? ', frame-rate cap lifted' : ', 60 Hz frame cap'}`,
  );
  console.log(`Load average (1/5/15 min): start ${startLoad}, end ${load()}`);
  console.log(
    `Settings: nodes ${options.nodes.join(',')}, renderers ${options.renderers.join(',')}, runs ${options.runs}, ${options.seconds} s of pan/zoom, settle timeout ${options.settleTimeoutSeconds} s\n`,
  );
  console.log(
    '| run | nodes | edges | renderer | settle | vis iterations done | long tasks | longest task ms | fps | p95 frame ms | worst frame ms | load 1/5/15 |',
  );
  console.log(
    '| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of results) {
    console.log(
      `| ${r.run} | ${r.nodes} | ${r.edges} | ${RENDERER_NAMES[r.renderer]} | ${seconds(r.settleMs)} | ${r.iterationsDoneMs === undefined ? '' : seconds(r.iterationsDoneMs)} | ${r.longTasks} | ${r.longestTaskMs.toFixed(0)} | ${r.fps.toFixed(1)} | ${r.p95FrameMs.toFixed(1)} | ${r.worstFrameMs.toFixed(0)} | ${r.load} |`,
    );
  }
  const summaries = summarize(results);
  if (options.runs > 1) {
    console.log('\nMedians over runs (range; spread = range / median):\n');
    console.log(
      '| nodes | renderer | fps median | fps range | fps spread | settle median | settle range |',
    );
    console.log('| ---: | --- | ---: | --- | ---: | ---: | --- |');
    for (const s of summaries) {
      console.log(
        `| ${s.nodes} | ${RENDERER_NAMES[s.renderer]} | ${s.fps?.median.toFixed(1) ?? '-'} | ${s.fps ? `${s.fps.min.toFixed(1)}–${s.fps.max.toFixed(1)}` : '-'} | ${s.fps?.spreadPct.toFixed(0) ?? '-'}% | ${seconds(s.settleMs?.median)} | ${s.settleMs ? `${seconds(s.settleMs.min)}–${seconds(s.settleMs.max)}` : '-'}${s.unsettled > 0 ? ` (${s.unsettled} not settled)` : ''} |`,
      );
    }
  }
  console.log('');
  for (const line of verdicts(summaries)) console.log(`- ${line}`);
  await printSizes();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
