// Client benchmark (not a test; prints a table): the explorer's Canvas view against a plain D3
// SVG force graph, in headless Chromium, at 5k/10k and 10k/20k: layout time, main-thread long
// tasks during layout, pan/zoom frames per second; and the explorer's initial JavaScript size.
//   npm run build && npm run bench:client
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchBrowser } from '../support/browser';
import type { BenchResult } from './client/bench-page';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = join(import.meta.dirname, 'client');
const DIST = join(PAGE, 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = join(
      dir,
      (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : ((req.url ?? '').split('?')[0] ?? ''),
    );
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
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
      });
    });
  });
}

function initialJsGzip(): string {
  const dir = join(ROOT, 'dist', 'client', 'assets');
  const entry = readdirSync(dir).filter((f) => f.startsWith('index-') && f.endsWith('.js'));
  const bytes = entry.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
  return `${(bytes / 1024).toFixed(1)} kB gzipped (${entry.join(', ')}; the layout worker loads only for large graphs)`;
}

async function main(): Promise<void> {
  await build({ configFile: join(PAGE, 'vite.config.ts') });
  const { server, url } = await serve(DIST);
  const browser = await launchBrowser();
  const results: BenchResult[] = [];
  try {
    for (const [n, m] of [
      [5000, 10000],
      [10000, 20000],
    ] as const) {
      for (const renderer of ['canvas', 'svg'] as const) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(url);
        await page.waitForFunction(() => typeof window.runBench === 'function');
        process.stderr.write(`  ${renderer} ${n}/${m} ...\n`);
        results.push(
          await page.evaluate(([r, a, b]) => window.runBench(r, a, b), [renderer, n, m] as const),
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, headless Chromium without GPU`,
  );
  console.log(
    '| renderer | nodes | edges | layout (ms) | long tasks during layout | longest task (ms) | pan/zoom fps |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.renderer} | ${r.nodes} | ${r.edges} | ${r.layoutMs.toFixed(0)} | ${r.longTasks} | ${r.longestTaskMs.toFixed(0)} | ${r.fps.toFixed(1)} |`,
    );
  }
  console.log(`Explorer initial JavaScript: ${initialJsGzip()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
