// Reads data files from disk for validation; names are shown relative to the working folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { InputFile } from './validate';

/** Reads files as UTF-8 text, named as the user would type them. */
export function readInputs(paths: readonly string[], cwd = process.cwd()): InputFile[] {
  return paths.map((path) => ({
    name: relative(cwd, resolve(cwd, path)) || path,
    text: readFileSync(resolve(cwd, path), 'utf8'),
  }));
}

/** The `.json` files of a folder, in name order. */
export function jsonFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}
