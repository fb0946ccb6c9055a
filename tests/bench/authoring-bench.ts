// Authoring benchmark: save p50/p95 (POST and PATCH of a fact, each with its revision) on a
// generated graph of 100,000 facts, and the neighbourhood "as known on" a day (known=) p50/p95
// with 100,000 revisions, next to the same read without known. `npm run bench:authoring`
// (BENCH_ENTITIES, BENCH_RELS, BENCH_REVISIONS, BENCH_REQUESTS, BENCH_WARMUP, BENCH_HEAP).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { ensureSchema } from '../../server/load/loader';
import type { EmbeddedNeo4j } from '../../server/neo4j/embedded';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { serveApp, type RunningApp } from '../support/http-app';
import { percentile } from './api-measure';
import { pickTargets, RawDb } from './api-operations';
import { BENCH_DATABASE, startBenchDatabase } from './bench-database';
import { clearGraph, generateGraph } from './generate-graph';
import { generateRevisions } from './generate-revisions';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const SETTINGS = {
  entities: env('BENCH_ENTITIES', 10_000),
  relationships: env('BENCH_RELS', 100_000),
  revisions: env('BENCH_REVISIONS', 100_000),
  requests: env('BENCH_REQUESTS', 100),
  warmup: env('BENCH_WARMUP', 10),
};
const TOKEN = 'bench-editor-token-0123456789';
/** Revisions are spread over these days; known days are picked around them. */
const FIRST_DAY = '2021-01-01';
const LAST_DAY = '2025-12-31';

const started = Date.now();
const log = (line: string): void => {
  console.log(`[bench +${Math.round((Date.now() - started) / 1000)}s] ${line}`);
};
/** /proc/loadavg (1, 5, 15 minutes, runnable/all tasks) now: the machine is shared. */
const loadavg = (): string => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return os.loadavg().join(' ');
  }
};
const loads: string[] = [];

interface Timed {
  readonly name: string;
  readonly ms: number[];
  readonly failures: string[];
}

/** Sends `count` requests one after another (warm-up first, not counted) and times each. */
async function timed(
  name: string,
  count: number,
  send: (i: number) => Promise<Response>,
): Promise<Timed> {
  const ms: number[] = [];
  const failures: string[] = [];
  for (let i = 0; i < SETTINGS.warmup + count; i += 1) {
    const t0 = performance.now();
    const res = await send(i);
    const body = await res.text();
    const took = performance.now() - t0;
    if (res.status >= 300) failures.push(`${res.status} ${body.slice(0, 160)}`);
    if (i >= SETTINGS.warmup) ms.push(took);
  }
  loads.push(`${name}: ${loadavg()}`);
  log(`${name}: done (${failures.length} failures)`);
  return { name, ms, failures };
}

const row = (t: Timed): string =>
  `| ${t.name} | ${t.ms.length} | ${percentile(t.ms, 0.5).toFixed(1)} | ` +
  `${percentile(t.ms, 0.95).toFixed(1)} | ${t.failures.length} |`;

function write(app: RunningApp, method: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
}

async function saves(app: RunningApp, ids: readonly string[]): Promise<Timed[]> {
  const source = await write(app, 'POST', '/api/sources', {
    kind: 'news-article',
    title: 'Bench article',
    publisher: 'Bench Herald',
    published: '2024-05-01',
  });
  if (source.status !== 201) throw new Error(`POST /api/sources: ${await source.text()}`);
  const sourceId = ((await source.json()) as { id: string }).id;
  const sources = [{ source: sourceId }];
  const pick = (i: number): [string, string] => [
    ids[i % ids.length] ?? '',
    ids[(i + 1 + Math.floor(i / ids.length)) % ids.length] ?? '',
  ];
  const post = await timed('POST /api/facts', SETTINGS.requests, (i) => {
    const [subject, object] = pick(i);
    return write(app, 'POST', '/api/facts', {
      type: 'PARTNERED_WITH',
      subject,
      object,
      time: {
        start: {
          date: '2024-06',
          precision: 'approximate',
          earliest: '2024-06-11',
          latest: '2024-06-20',
          wording: 'mid-June',
        },
      },
      sources,
      comment: `bench ${i}`,
    });
  });
  // Generated facts never retracted (j mod 10 != 0) at their generated revision (j + 1); the
  // patch adds the citation a generated fact lacks.
  const facts = Array.from({ length: SETTINGS.warmup + SETTINGS.requests }, (_, i) => 10 * i + 7);
  const patch = await timed('PATCH /api/facts/{id}', SETTINGS.requests, (i) => {
    const j = facts[i] ?? 7;
    return write(app, 'PATCH', `/api/facts/gen-f-${j}`, {
      revision: j + 1,
      attributes: { checked: true },
      sources,
      comment: `bench ${i}`,
    });
  });
  return [post, patch];
}

/**
 * The neighbourhood without known and as known on three days, interleaved (request i of each
 * in turn) so that every variant sees the same caches and the same load.
 */
async function knownReads(app: RunningApp, ids: readonly string[]): Promise<Timed[]> {
  const days: [string, string | undefined][] = [
    ['without known', undefined],
    ['known before every revision (all 100,000 after it)', '2020-06-30'],
    ['known in the middle (about half after it)', '2023-07-01'],
    ['known after every revision (none after it)', '2026-01-01'],
  ];
  const out = days.map(([label]) => ({
    name: `neighbourhood depth 1, ${label}`,
    ms: [] as number[],
    failures: [] as string[],
  }));
  for (let i = 0; i < SETTINGS.warmup + SETTINGS.requests; i += 1) {
    for (const [k, [, day]] of days.entries()) {
      const path =
        `/api/neighbourhood?ids=${encodeURIComponent(ids[i % ids.length] ?? '')}&depth=1` +
        (day ? `&known=${day}` : '');
      const t0 = performance.now();
      const res = await fetch(`${app.url}${path}`);
      const body = await res.text();
      const took = performance.now() - t0;
      const row = out[k];
      if (!row) continue;
      if (res.status !== 200) row.failures.push(`${res.status} ${body.slice(0, 160)}`);
      if (i >= SETTINGS.warmup) row.ms.push(took);
    }
  }
  loads.push(`neighbourhood reads: ${loadavg()}`);
  log('neighbourhood reads: done');
  return out;
}

async function prepare(gateway: Neo4jGateway, driver: Driver): Promise<void> {
  await clearGraph(driver, BENCH_DATABASE);
  await ensureSchema(gateway);
  await generateGraph(driver, { ...SETTINGS, database: BENCH_DATABASE, log });
  await generateRevisions(driver, {
    revisions: Math.min(SETTINGS.revisions, SETTINGS.relationships),
    firstDay: FIRST_DAY,
    lastDay: LAST_DAY,
    recordedAt: '2020-01-01T00:00:00Z',
    database: BENCH_DATABASE,
    log,
  });
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(os.tmpdir(), 'brand-graph-authoring-'));
  let db: EmbeddedNeo4j | undefined;
  let gateway: Neo4jGateway | undefined;
  let driver: Driver | undefined;
  let app: RunningApp | undefined;
  const stop = async (): Promise<void> => {
    await app?.close();
    await driver?.close().catch(() => undefined);
    await gateway?.close().catch(() => undefined);
    await db?.stop();
    rmSync(home, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    ({ db, gateway } = await startBenchDatabase(home, log));
    driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
    loads.push(`start: ${loadavg()}`);
    await prepare(gateway, driver);
    loads.push(`graph ready: ${loadavg()}`);
    const targets = await pickTargets(new RawDb(driver, BENCH_DATABASE));
    app = await serveApp({ gateway, editors: new Map([[TOKEN, 'bench']]) });
    const reads = await knownReads(app, targets.ordinaryIds);
    const writes = await saves(app, targets.ordinaryIds);
    const settings = Object.entries(SETTINGS)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      [
        '',
        `Date: ${new Date().toISOString()}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
        `Settings: ${settings}; ${targets.ordinaryIds.length} ordinary entities as inputs`,
        'Load (/proc/loadavg) at each step:',
        ...loads.map((l) => `- ${l}`),
        '',
        '| Request | n | p50 ms | p95 ms | failures |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...[...writes, ...reads].map(row),
        '',
        ...[...writes, ...reads].flatMap((t) => t.failures.slice(0, 3)),
      ].join('\n'),
    );
  } finally {
    await stop();
  }
}

await main();
