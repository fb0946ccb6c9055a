// A BODS file's statements as published: a JSON array of statements (a BODS package), one
// statement object, or JSON lines (one statement a line, as large registers publish them).
// Each comes with its line and JSON path, so a problem points at it.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse, visit, type ParseError } from 'jsonc-parser';
import { readLines } from './line-reader';
import type { ByteCounter } from './types';

/** One statement of a file: its value, its place (`$[3]`, or `$` on a JSON line) and line. */
export interface RawStatement {
  readonly value: unknown;
  readonly path: string;
  readonly line: number;
}

/** A file that cannot be read as statements at all: where and why. */
export interface FileProblem {
  readonly problem: string;
  readonly line: number;
  readonly column?: number;
}

/** The first non-blank character of a file (`[`, `{`, ...), or '' for an empty file. */
async function firstCharacter(path: string): Promise<string> {
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 4096 })) {
    const match = /\S/.exec(chunk as string);
    if (match) return match[0];
  }
  return '';
}

/** The line each top-level array element starts on (1-based), by jsonc-parser's scanner. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  const open = (_o: number, _l: number, line: number): void => {
    if (depth === 1) lines.push(line + 1);
    depth += 1;
  };
  const close = (): void => {
    depth -= 1;
  };
  visit(text, {
    onObjectBegin: open,
    onArrayBegin: open,
    onObjectEnd: close,
    onArrayEnd: close,
    onLiteralValue: (_v, _o, _l, line) => {
      if (depth === 1) lines.push(line + 1);
    },
  });
  return lines;
}

/** Where strict JSON parsing failed: the first error jsonc-parser's scanner finds, by line. */
function parseProblem(text: string): FileProblem {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const offset = errors[0]?.offset;
  if (offset === undefined) return { problem: 'is not valid JSON', line: 1 };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { problem: 'is not valid JSON', line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The statements of a file, in order, or the problem that makes it unreadable. An array or a
 * single object is read whole (a BODS package); JSON lines are streamed a line at a time.
 */
export async function* readStatements(
  path: string,
  onBytes: ByteCounter,
): AsyncGenerator<RawStatement | FileProblem> {
  const first = await firstCharacter(path);
  if (first === '{') {
    // One statement, or JSON lines: a first line that is a whole object says which.
    let lines = 0;
    let jsonLines = false;
    for await (const line of readLines(path, () => undefined)) {
      lines += 1;
      if (lines === 1) {
        try {
          jsonLines = typeof JSON.parse(line.text) === 'object';
        } catch {
          jsonLines = false;
        }
      }
      if (lines > 1 || !jsonLines) break;
    }
    if (jsonLines) {
      for await (const line of readLines(path, onBytes)) {
        if (line.text.trim() === '') continue;
        try {
          yield { value: JSON.parse(line.text) as unknown, path: '$', line: line.number };
        } catch {
          yield { ...parseProblem(line.text), line: line.number };
        }
      }
      return;
    }
  }
  const text = await readFile(path, 'utf8');
  onBytes(Buffer.byteLength(text));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    yield parseProblem(text);
    return;
  }
  if (Array.isArray(value)) {
    const lines = elementLines(text);
    for (const [i, item] of value.entries()) {
      yield { value: item as unknown, path: `$[${i}]`, line: lines[i] ?? 1 };
    }
  } else if (value !== null && typeof value === 'object') {
    yield { value, path: '$', line: 1 };
  } else {
    yield { problem: 'must be an array of BODS statements, one statement or JSON lines', line: 1 };
  }
}
