// ARCHITECTURE.md stays true: every source path it names exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../server/config';

const DOC = readFileSync(join(PROJECT_ROOT, 'ARCHITECTURE.md'), 'utf8');
const FILE = /\.(ts|mjs|js|cypher|java|json|html|css|xml|md)$/;
const PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*\/?$/;
/** A placeholder (`cypher/NAME.cypher`), not a path. */
const PLACEHOLDER = /(^|\/)[A-Z]+\./;
/** Built or generated, so absent in a fresh checkout. */
const GENERATED = /^(dist|node_modules|test-results)\/|(^|\/)target\/?$/;

/** Backticked words that name a file or folder (not URLs, patterns or code). */
function pathsIn(line: string): string[] {
  return [...line.matchAll(/`([^`]+)`/g)]
    .map((m) => m[1] ?? '')
    .filter((t) => PATH.test(t) && (t.includes('/') || FILE.test(t)))
    .filter((t) => !GENERATED.test(t) && !PLACEHOLDER.test(t));
}

/** Every file below `dir` (relative to the project), node_modules and dot folders aside. */
function filesBelow(dir: string): string[] {
  const root = join(PROJECT_ROOT, dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.split('/').some((part) => part === 'node_modules' || part.startsWith('.')))
    .map((f) => posix.join(dir, f));
}

/**
 * Where a name is looked for: a path with a folder from the project root or from the folders
 * its line (or table row) names; a bare file name anywhere below those folders, else anywhere.
 */
function exists(name: string, folders: readonly string[]): boolean {
  const bases = folders.length > 0 ? folders : ['.'];
  if (!name.includes('/') && existsSync(join(PROJECT_ROOT, name))) return true;
  if (name.includes('/')) {
    return [PROJECT_ROOT, ...bases.map((b) => join(PROJECT_ROOT, b))].some((base) =>
      existsSync(join(base, name)),
    );
  }
  return bases.some((b) => filesBelow(b).some((f) => posix.basename(f) === name));
}

/** The folders a line speaks of: a table row's first cell, else the folders of its paths. */
function foldersOf(line: string): string[] {
  const first = line.startsWith('|') ? (line.split('|')[1] ?? '') : line;
  return pathsIn(first)
    .filter((p) => p.includes('/'))
    .map((p) => (p.endsWith('/') ? p.slice(0, -1) : posix.dirname(p)));
}

/** The document's logical lines (a bullet with its indented continuation), by first line. */
function logicalLines(): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  DOC.split('\n').forEach((text, i) => {
    const last = lines.at(-1);
    if (last && /^ {2}\S/.test(text)) last.text += ` ${text.trim()}`;
    else lines.push({ line: i + 1, text });
  });
  return lines;
}

describe('ARCHITECTURE.md', () => {
  it('names only source paths that exist', () => {
    const missing = logicalLines().flatMap(({ line, text }) =>
      pathsIn(text)
        .filter((p) => !exists(p, foldersOf(text)))
        .map((p) => `line ${line}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('is checked against something: it names at least 50 paths', () => {
    expect(DOC.split('\n').flatMap(pathsIn).length).toBeGreaterThan(50);
  });
});
