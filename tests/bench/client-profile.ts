// Where the Canvas view's main-thread time goes (not a test; prints summaries): the benchmark
// page built without minifying, one renderer and size, a V8 CPU profile (CDP `Profiler`) of the
// layout phase and another of the pan-and-zoom phase, each summarised by function and by busy
// stretch; the raw profiles are written next to the page for Chromium's DevTools.
//   node --import tsx tests/bench/client-profile.ts        (BENCH_NODES=10000, canvas)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../support/browser';
import { loadNow, measure } from './client/measure';
import { parseOptions } from './client/options';
import { summarizeProfile, type CpuProfile } from './client/profile-summary';
import { serve } from './client/serve';

const PAGE = join(import.meta.dirname, 'client');
const DIST = join(PAGE, 'dist');

async function stopInto(session: CDPSession, name: string): Promise<void> {
  const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
  writeFileSync(join(DIST, `${name}.cpuprofile`), JSON.stringify(profile));
  console.log(`\n## ${name} (load ${loadNow()})\n`);
  for (const line of summarizeProfile(profile)) console.log(line);
}

async function main(): Promise<void> {
  const options = parseOptions({ BENCH_NODES: '10000', BENCH_RENDERERS: 'canvas', ...process.env });
  await build({ configFile: join(PAGE, 'vite.config.ts'), build: { minify: false } });
  const { server, url } = await serve(DIST);
  const browser = await launchBrowser();
  try {
    for (const n of options.nodes) {
      const renderer = options.renderers[0] ?? 'canvas';
      let session: CDPSession | undefined;
      const start = async (): Promise<void> => {
        if (!session) throw new Error('no CDP session');
        await session.send('Profiler.setSamplingInterval', { interval: 250 });
        await session.send('Profiler.start');
      };
      const result = await measure(
        browser,
        url,
        { ...options, renderer, n },
        {
          beforeLayout: async () => {
            const page = browser.contexts().at(-1)?.pages().at(-1);
            if (!page) throw new Error('no page');
            session = await page.context().newCDPSession(page);
            await session.send('Profiler.enable');
            await start();
          },
          afterLayout: async () => {
            if (session) await stopInto(session, `layout-${renderer}-${n}`);
            await start();
          },
          afterCamera: async () => {
            if (session) await stopInto(session, `camera-${renderer}-${n}`);
          },
        },
      );
      console.log(`\n${JSON.stringify(result)}`);
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
