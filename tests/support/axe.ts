// axe-core in a playwright-core page: injects the engine and returns the violations a reader
// would trip on (WCAG 2.x A and AA rules, impact serious or critical).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, short enough to read in a failed assertion. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  /** Selectors and axe's summary of the first few offending nodes. */
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core (WCAG 2.0, 2.1 and 2.2 A/AA rules) on the page or frame and returns the serious
 * and critical violations. The page's CSP must let the engine in: open pages in a context with
 * `bypassCSP: true`.
 */
export async function seriousViolations(page: Page | Frame): Promise<AxeFinding[]> {
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })) as {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      }));
  });
}
