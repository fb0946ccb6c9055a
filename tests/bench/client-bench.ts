// Client benchmark (not a test; prints tables): the explorer's Canvas view, vis-network and a
// plain D3 SVG force graph on the same generated graphs in headless Chromium — layout settle
// time, long tasks meanwhile, frames per second while panning and zooming — and the initial
// JS and CSS of every page vite built.
//   npm run build && npm run bench:client
//   BENCH_NODES=1000,5000 BENCH_RENDERERS=canvas,vis BENCH_RUNS=2 npm run bench:client
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../support/browser';
import { loadNow, measure } from './client/measure';
import { parseOptions } from './client/options';
import { RENDERER_NAMES, seconds, summarize, verdicts } from './client/report';
import type { LoadedResult } from './client/result';
import { serve } from './client/serve';
import { pageSizes, sizeTable } from './page-sizes';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = join(import.meta.dirname, 'client');
const DIST = join(PAGE, 'dist');
const CLIENT_DIST = join(ROOT, 'dist', 'client');
/** Lifts Chromium's frame-rate cap (BENCH_UNCAPPED=1). */
const UNCAPPED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

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
  const results: (LoadedResult & { run: number })[] = [];
  const startLoad = loadNow();
  const started = new Date();
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      for (const n of options.nodes) {
        for (const renderer of options.renderers) {
          process.stderr.write(`  run ${run}: ${renderer} ${n} nodes (load ${loadNow()}) ...`);
          const result = await measure(browser, url, { ...options, renderer, n });
          process.stderr.write(` ${seconds(result.settleMs)}, ${result.fps.toFixed(1)} fps\n`);
          results.push({ ...result, run });
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
  console.log(`Load average (1/5/15 min): start ${startLoad}, end ${loadNow()}`);
  console.log(
    `Settings: nodes ${options.nodes.join(',')}, renderers ${options.renderers.join(',')}, runs ${options.runs}, ${options.seconds} s of pan/zoom, settle timeout ${options.settleTimeoutSeconds} s\n`,
  );
  console.log(
    '| run | nodes | edges | renderer | settle | vis iterations done | long tasks | longest task ms | load 1/5/15 at layout | fps | p95 frame ms | worst frame ms | frames of | main-thread fps | load 1/5/15 at camera |',
  );
  console.log(
    '| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | --- |',
  );
  for (const r of results) {
    console.log(
      `| ${r.run} | ${r.nodes} | ${r.edges} | ${RENDERER_NAMES[r.renderer]} | ${seconds(r.settleMs)} | ${r.iterationsDoneMs === undefined ? '' : seconds(r.iterationsDoneMs)} | ${r.longTasks} | ${r.longestTaskMs.toFixed(0)} | ${r.layoutLoad} | ${r.fps.toFixed(1)} | ${r.p95FrameMs.toFixed(1)} | ${r.worstFrameMs.toFixed(0)} | ${r.framesFrom} | ${r.mainFps.toFixed(1)} | ${r.cameraLoad} |`,
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
