// The recorded tier's harness: the real app over a RecordingRunner, one request per case, then
// the queries it sent (name and parameters, in order) and its answer for the recorded rows.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { AppOptions } from '../../server/app';
import { serveApp } from '../support/http-app';
import { RecordingRunner, type RecordedCall, type RecordedRows } from '../support/recording-runner';

/** One request to one endpoint: what it must send, and what it must answer. */
export interface RecordedCase {
  /** The OpenAPI operation: `GET /api/entities/{id}`. */
  readonly endpoint: string;
  readonly title: string;
  /** The request path with its query string. */
  readonly path: string;
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly body?: string | FormData;
  readonly headers?: Readonly<Record<string, string>>;
  /** Rows the fake answers with, by query name (see RecordedRows). */
  readonly rows?: RecordedRows;
  /** Further app options (embed keys, imports, an analyst runner), given the recording runner. */
  readonly app?: (runner: RecordingRunner) => Partial<AppOptions>;
  /** Every query sent, in order, with its parameters. */
  readonly sends: readonly RecordedCall[];
  readonly status: number;
  /** The JSON answer, whole. */
  readonly answer?: unknown;
  /** Or the parts of the JSON answer that matter (toMatchObject). */
  readonly answerHas?: object;
  /** Or checks of a text answer. */
  readonly text?: (body: string) => void;
}

/** A built-client stand-in: the pages and the one script and stylesheet the embed inlines. */
function clientStub(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recorded-client-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  writeFileSync(
    join(dir, 'embed.html'),
    '<!doctype html><html><head><script type="module" crossorigin src="/assets/e.js"></script>' +
      '<link rel="stylesheet" crossorigin href="/assets/e.css"></head><body></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'e.js'), 'console.log(1);');
  writeFileSync(join(dir, 'assets', 'e.css'), 'body{margin:0}');
  return dir;
}

const CLIENT_DIR = clientStub();

/** Runs one case against a fresh app and checks what it sent and answered. */
export async function checkCase(c: RecordedCase): Promise<void> {
  const runner = new RecordingRunner({ rows: c.rows ?? {} });
  const app = await serveApp({ gateway: runner, clientDir: CLIENT_DIR, ...c.app?.(runner) });
  try {
    const headers: Record<string, string> = { ...c.headers };
    if (typeof c.body === 'string') headers['content-type'] ??= 'application/json';
    const res = await fetch(`${app.url}${c.path}`, {
      method: c.method ?? 'GET',
      headers,
      ...(c.body !== undefined ? { body: c.body } : {}),
    });
    const text = await res.text();
    expect(runner.calls, `${c.endpoint}: queries sent`).toEqual(c.sends);
    expect(res.status, `${c.endpoint}: status (${text.slice(0, 300)})`).toBe(c.status);
    if (c.answer !== undefined) expect(JSON.parse(text)).toEqual(c.answer);
    if (c.answerHas !== undefined) expect(JSON.parse(text)).toMatchObject(c.answerHas);
    c.text?.(text);
  } finally {
    await app.close();
  }
}

// Asymmetric matchers, typed as the values they stand for.

/** Any number: a parameter the case does not fix (derived limits). */
export const ANY_NUMBER = expect.any(Number) as number;

/** A string matching `pattern` (random ids). */
export function matching(pattern: RegExp): string {
  return expect.stringMatching(pattern) as string;
}

/** An array holding at least `items` (toMatchObject on each), in any order. */
export function including<T>(items: readonly T[]): T[] {
  const each: unknown[] = items.map((i): unknown => expect.objectContaining(i as object));
  return expect.arrayContaining(each) as T[];
}
