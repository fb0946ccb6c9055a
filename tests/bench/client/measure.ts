// Drives one measurement of the benchmark page from Node: the layout, then the camera, with the
// machine's load average read as each starts (the page cannot read it). Shared by the benchmark
// and the profiler script.
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import type { Renderer } from './options';
import type { LoadedResult } from './result';

/** The 1/5/15-minute load average, as "a / b / c". */
export function loadNow(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

/** Where a caller can act around the two phases (start and stop a profiler, say). */
export interface PhaseHooks {
  readonly beforeLayout?: () => Promise<void>;
  readonly afterLayout?: () => Promise<void>;
  readonly afterCamera?: () => Promise<void>;
}

/**
 * Opens a fresh 1280 × 800 page at `url`, lays out `n` entities with `renderer` (timeout in
 * seconds), then moves the camera for `seconds`; `hooks` run around the phases.
 */
export async function measure(
  browser: Browser,
  url: string,
  setting: { renderer: Renderer; n: number; seconds: number; settleTimeoutSeconds: number },
  hooks: PhaseHooks = {},
): Promise<LoadedResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => typeof window.benchLayout === 'function');
    await hooks.beforeLayout?.call(undefined);
    const layoutLoad = loadNow();
    const layout = await page.evaluate(([r, n, t]) => window.benchLayout(r, n, t), [
      setting.renderer,
      setting.n,
      setting.settleTimeoutSeconds * 1000,
    ] as const);
    await hooks.afterLayout?.call(undefined);
    const cameraLoad = loadNow();
    const camera = await page.evaluate((s) => window.benchCamera(s), setting.seconds);
    await hooks.afterCamera?.call(undefined);
    return { ...layout, ...camera, layoutLoad, cameraLoad };
  } finally {
    await page.close();
  }
}
