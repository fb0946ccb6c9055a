// Small files (DEVELOPERS.md, issue 14): no source file of the product is over 300 lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../server/config';

const MAX_LINES = 300;

/** Every TypeScript source below `dir` (relative to the project), generated folders aside. */
function sourcesBelow(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f))
    .filter((f) => !f.split('/').some((p) => p === 'node_modules' || p === 'target'))
    .map((f) => posix.join(dir, f));
}

describe('source files', () => {
  it(`are at most ${MAX_LINES} lines each (server/, client/src/)`, () => {
    const files = [...sourcesBelow('server'), ...sourcesBelow('client/src')];
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((f) => ({
        f,
        lines: readFileSync(join(PROJECT_ROOT, f), 'utf8').split('\n').length - 1,
      }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
