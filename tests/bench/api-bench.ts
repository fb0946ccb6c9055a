// API benchmark: p50/p99 through HTTP next to the raw driver, and autocannon throughput.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import neo4j, { type Driver, type Integer, type Record as DbRecord } from 'neo4j-driver';
import { createApp } from '../../server/app';
import { PROJECT_ROOT } from '../../server/config';
import { importFiles } from '../../server/imports/import-files';
import { ensureSchema, loadFiles } from '../../server/load/loader';
import { jsonFilesIn, readInputs } from '../../server/load/read-inputs';
import { DATA_DIR } from '../../server/load/seed';
import { validateFiles } from '../../server/load/validate';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded';
import { Neo4jGateway } from '../../server/neo4j/gateway';
import { operations, pickTargets, RawDb, type Operation } from './api-operations';
import { clearGraph, generateGraph } from './generate-graph';

const DATABASE = 'neo4j';
const TARGET_RATIO = 1.3;
const ONE_HOP_TARGET_MS = 5;

interface Settings {
  readonly entities: number;
  readonly relationships: number;
  readonly requests: number;
  readonly warmup: number;
  readonly seconds: number;
  readonly connections: number;
  readonly heap: string;
  readonly pageCacheMb: number;
  /** Which graphs to measure, in this order. */
  readonly graphs: readonly GraphName[];
}

const GRAPH_NAMES = ['article', 'generated', 'codex'] as const;
type GraphName = (typeof GRAPH_NAMES)[number];

function graphList(raw: string | undefined): GraphName[] {
  if (raw === undefined || raw.trim() === '') return [...GRAPH_NAMES];
  const names = raw.split(',').map((n) => n.trim());
  for (const name of names) {
    if (!(GRAPH_NAMES as readonly string[]).includes(name)) {
      throw new Error(`BENCH_GRAPHS: unknown graph "${name}" (known: ${GRAPH_NAMES.join(', ')})`);
    }
  }
  return names as GraphName[];
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  }
  return value;
}

function readSettings(): Settings {
  return {
    entities: envInt('BENCH_ENTITIES', 100000),
    relationships: envInt('BENCH_RELS', 1000000),
    requests: envInt('BENCH_REQUESTS', 200),
    warmup: envInt('BENCH_WARMUP', 50),
    seconds: envInt('BENCH_SECONDS', 10),
    connections: envInt('BENCH_CONNECTIONS', 50),
    heap: process.env.BENCH_HEAP ?? '4g',
    pageCacheMb: envInt('BENCH_PAGECACHE_MB', 2048),
    graphs: graphList(process.env.BENCH_GRAPHS),
  };
}

const started = Date.now();
/** Load average when the run began: other work on the machine skews every figure. */
const loadAtStart = os.loadavg();
function log(line: string): void {
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`[bench +${seconds}s] ${line}`);
}

function text(record: DbRecord, key: string): string {
  return record.get(key) as string;
}

// ---------------------------------------------------------------------------------------------
// Measurement.

interface Timed {
  readonly ms: number;
  readonly bytes: number;
  readonly failure?: string;
}

async function timeApi(url: string): Promise<Timed> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status === 200) return { ms, bytes: body.byteLength };
  const detail = Buffer.from(body).toString('utf8').slice(0, 200);
  return { ms, bytes: body.byteLength, failure: `${res.status} ${url}: ${detail}` };
}

async function timeIt(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

interface Sequential {
  readonly api: number[];
  readonly raw: number[];
  readonly core: number[];
  readonly bytes: number;
  readonly failures: string[];
}

/** Sequential requests, API and raw interleaved so both see the same caches and load. */
async function measureSequential(
  base: string,
  op: Operation,
  settings: Settings,
): Promise<Sequential> {
  const api: number[] = [];
  const raw: number[] = [];
  const core: number[] = [];
  const failures: string[] = [];
  let bytes = 0;
  for (let i = 0; i < settings.warmup + settings.requests; i += 1) {
    const answer = await timeApi(base + op.path(i));
    const rawMs = await timeIt(() => op.raw(i));
    const coreMs = await timeIt(() => op.core(i));
    if (answer.failure !== undefined) failures.push(answer.failure);
    if (i < settings.warmup) continue;
    api.push(answer.ms);
    raw.push(rawMs);
    core.push(coreMs);
    bytes += answer.bytes;
  }
  return { api, raw, core, bytes: bytes / settings.requests, failures };
}

/**
 * The fixed cost of one HTTP request with no database work: a 404 through the same
 * middleware (helmet, CORS, routers, problem+json), timed with the same fetch client.
 */
async function measureFloor(base: string, settings: Settings): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < settings.warmup + settings.requests; i += 1) {
    const answer = await timeApi(`${base}/api/bench-floor`);
    if (i >= settings.warmup) times.push(answer.ms);
  }
  return times;
}

/** What the load worker reports (autocannon's result, reduced). */
interface LoadResult {
  /** Completed requests over the run's duration. */
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Connection errors and timeouts (autocannon counts timeouts as errors too). */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

/** What the load worker needs: plain data, passed by structured clone. */
interface LoadJob {
  readonly autocannon: string;
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly paths: readonly string[];
}

/**
 * The load worker, plain CommonJS (worker threads do not inherit tsx's loader on Node 20).
 * Connection c starts at input c and then cycles, so the connections do not move in lockstep
 * over the same input (all 50 on one hub at once).
 */
const LOAD_WORKER = `
const { parentPort, workerData: job } = require('node:worker_threads');
const autocannon = require(job.autocannon);
const requests = (offset) =>
  job.paths.map((_, i) => ({ method: 'GET', path: job.paths[(i + offset) % job.paths.length] }));
let clients = 0;
const options = {
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  requests: requests(0),
  setupClient: (client) => client.setRequests(requests(clients++)),
};
// In a worker thread autocannon answers unaggregated (it expects its own manager): aggregate.
autocannon(options, (error, raw) => {
  if (error) throw error;
  const result = autocannon.aggregateResult([raw], options);
  parentPort.postMessage({
    perSecond: raw.totalCompletedRequests / raw.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  });
});
`;

/** Load from a worker thread: autocannon gets its own event loop, apart from the API's. */
function measureLoad(base: string, op: Operation, settings: Settings): Promise<LoadResult> {
  const job: LoadJob = {
    autocannon: createRequire(import.meta.url).resolve('autocannon'),
    url: base,
    connections: settings.connections,
    seconds: settings.seconds,
    paths: Array.from({ length: op.inputs }, (_, i) => op.path(i)),
  };
  const worker = new Worker(LOAD_WORKER, { eval: true, workerData: job });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the load worker exited with code ${code}`)));
  });
}

interface Row {
  readonly op: Operation;
  readonly seq: Sequential;
  readonly load: LoadResult;
}

interface Bench {
  readonly base: string;
  readonly db: RawDb;
  /** The gateway the API runs on: the services' queries are recorded through it. */
  readonly gateway: Neo4jGateway;
  readonly settings: Settings;
  /** Resolves once the API has answered every request it received. */
  readonly quiet: () => Promise<void>;
}

interface GraphResult {
  readonly rows: readonly Row[];
  /** Times of a database-free request (see measureFloor). */
  readonly floor: readonly number[];
}

async function benchGraph({ base, db, gateway, settings, quiet }: Bench): Promise<GraphResult> {
  const targets = await pickTargets(db);
  log(
    `inputs: ${targets.entityIds.length} entities, ${targets.pairs.length} pairs, ` +
      `${targets.queries.length} search texts (e.g. ${targets.queries.slice(0, 3).join(', ')})`,
  );
  const rows: Row[] = [];
  for (const op of operations(db, targets)) {
    await op.record(gateway);
    log(`${op.name}: ${settings.warmup} warm-up + ${settings.requests} sequential requests`);
    const seq = await measureSequential(base, op, settings);
    log(`${op.name}: autocannon, ${settings.connections} connections, ${settings.seconds} s`);
    const load = await measureLoad(base, op, settings);
    await quiet(); // requests still in flight when autocannon stops must not overlap what follows
    rows.push({ op, seq, load });
  }
  return { rows, floor: await measureFloor(base, settings) };
}

// ---------------------------------------------------------------------------------------------
// Report.

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function ratioOf(seq: Sequential): number {
  return percentile(seq.api, 0.5) / percentile(seq.raw, 0.5);
}

function errorsOf({ seq, load }: Row): number {
  return seq.failures.length + load.errors + load.non2xx;
}

const HEADER = [
  'operation',
  'API p50 ms',
  'API p99 ms',
  'raw p50 ms',
  'raw p99 ms',
  'ratio p50',
  'core p50 ms',
  'round trips',
  'answer KB',
  'req/s (50 conn)',
  'load p50 ms',
  'load p99 ms',
  'errors',
];

function tableLine(row: Row): string[] {
  const { op, seq, load } = row;
  return [
    op.name,
    ms(percentile(seq.api, 0.5)),
    ms(percentile(seq.api, 0.99)),
    ms(percentile(seq.raw, 0.5)),
    ms(percentile(seq.raw, 0.99)),
    ratioOf(seq).toFixed(2),
    ms(percentile(seq.core, 0.5)),
    op.roundTrips(),
    (seq.bytes / 1024).toFixed(1),
    load.perSecond.toFixed(0),
    ms(load.p50),
    ms(load.p99),
    `${errorsOf(row)} (${load.timeouts} timeouts, ${load.non2xx} non-2xx)`,
  ];
}

function verdictLine(row: Row): string {
  const ratio = ratioOf(row.seq);
  const errors = errorsOf(row);
  const ratioOk =
    ratio <= TARGET_RATIO ? 'met' : `MISSED by ${((ratio / TARGET_RATIO - 1) * 100).toFixed(1)}%`;
  const errorsOk = errors === 0 ? 'met' : 'MISSED';
  const p50 = percentile(row.seq.api, 0.5);
  // Issue 7's target for the CoDEx-M graph: one hop under 5 ms through the API.
  const oneHop =
    row.op.name === 'neighbourhood depth 1'
      ? `; p50 ${ms(p50)} ms (target < ${ONE_HOP_TARGET_MS} ms: ${p50 < ONE_HOP_TARGET_MS ? 'met' : `MISSED by ${(p50 - ONE_HOP_TARGET_MS).toFixed(1)} ms`})`
      : '';
  return (
    `- ${row.op.name}: p50 ratio ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${ratioOk}); ` +
    `errors ${errors} (target 0: ${errorsOk})${oneHop}`
  );
}

/** One graph's table, its HTTP floor, the verdict per operation, and the first failures. */
function section(title: string, { rows, floor }: GraphResult): string[] {
  const table = [HEADER, HEADER.map(() => '---'), ...rows.map(tableLine)];
  return [
    `### ${title}`,
    '',
    ...table.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `HTTP floor (a 404 through the same middleware, same fetch client, no database): ` +
      `p50 ${ms(percentile(floor, 0.5))} ms, p99 ${ms(percentile(floor, 0.99))} ms`,
    '',
    ...rows.map(verdictLine),
    ...rows.flatMap(({ op, seq }) => seq.failures.slice(0, 3).map((f) => `- ${op.name}: ${f}`)),
    '',
  ];
}

function loadAverage(values: readonly number[]): string {
  return values.map((v) => v.toFixed(2)).join(' / ');
}

async function machine(db: RawDb): Promise<string[]> {
  const [component] = await db.query('CALL dbms.components() YIELD name, versions, edition');
  const versions = component ? (component.get('versions') as string[]).join(',') : '';
  const version = component
    ? `${text(component, 'name')} ${versions} ${text(component, 'edition')}`
    : 'unknown';
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node.js ${process.version}; ${version} (embedded, same machine)`,
    `- Load average (1, 5, 15 min) at start ${loadAverage(loadAtStart)}, ` +
      `at end ${loadAverage(os.loadavg())}`,
  ];
}

function command(): string {
  const env = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_'))
    .map(([name, value]) => `${name}=${value ?? ''}`)
    .sort();
  return [...env, 'npm run bench:api'].join(' ');
}

// ---------------------------------------------------------------------------------------------
// Set-up and phases.

async function loadArticle(gateway: Neo4jGateway): Promise<void> {
  const validation = validateFiles(readInputs(jsonFilesIn(DATA_DIR)));
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  await loadFiles(gateway, validation.files);
}

const TITLES: Record<GraphName, string> = {
  article: 'Article graph',
  generated: 'Generated graph',
  codex: 'CoDEx-M graph (Wikidata triples, imported)',
};

/** CoDEx-M (MIT licence), read where the workspace keeps shared datasets. */
const CODEX_DIR = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'codex-m');

/** Fills the (empty, schema in place) database with one graph; says how, for the title. */
const PREPARE: Record<
  GraphName,
  (gateway: Neo4jGateway, driver: Driver, settings: Settings) => Promise<string>
> = {
  article: async (gateway) => {
    await loadArticle(gateway);
    return 'loaded from data/*.json';
  },
  generated: async (_gateway, driver, settings) => {
    await generateGraph(driver, { ...settings, database: DATABASE, log });
    return 'generated';
  },
  codex: async (gateway) => {
    if (!existsSync(CODEX_DIR)) throw new Error(`CoDEx-M is not at ${CODEX_DIR}`);
    const file = (name: string): string => join(CODEX_DIR, name);
    let shown = 0;
    const result = await importFiles(
      gateway,
      {
        format: 'triples',
        triples: ['train.txt', 'valid.txt', 'test.txt'].map(file),
        relations: file('relations.json'),
        entityTypes: file('entity2types.json'),
        typeNames: file('types.en.json'),
      },
      {
        onProgress: (p) => {
          const percent = Math.floor((100 * p.bytes) / Math.max(p.totalBytes, 1));
          if (percent >= shown + 25) {
            shown = percent;
            log(`codex import: ${p.phase} ${percent}%`);
          }
        },
      },
    );
    if (!result.ok) {
      throw new Error(
        `CoDEx-M import failed: ${result.message}: ${JSON.stringify(result.problems.slice(0, 3))}`,
      );
    }
    return 'imported with the triples importer';
  },
};

async function counts(db: RawDb): Promise<string> {
  const [row] = await db.query(
    'CALL () { MATCH (e:Entity) RETURN count(e) AS entities } ' +
      'CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN entities, rels',
  );
  if (!row) return 'unknown';
  const n = (key: string): number => (row.get(key) as Integer).toNumber();
  return `${n('entities')} entities, ${n('rels')} relationships`;
}

function listen(app: ReturnType<typeof createApp>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
    server.once('error', reject);
  });
}

/** Counts requests in flight, to wait until the server is idle. */
function idleWaiter(server: Server): () => Promise<void> {
  let active = 0;
  server.on('request', (_req: unknown, res: ServerResponse) => {
    active += 1;
    res.once('close', () => (active -= 1));
  });
  return async () => {
    while (active > 0) await new Promise((done) => setTimeout(done, 50));
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

interface Resources {
  home: string;
  db?: EmbeddedNeo4j;
  gateway?: Neo4jGateway;
  driver?: Driver;
  server?: Server;
}

async function release(r: Resources): Promise<void> {
  const { server, gateway, driver, db } = r;
  r.server = r.gateway = r.driver = r.db = undefined;
  if (server) await closeServer(server);
  await gateway?.close().catch(() => undefined);
  await driver?.close().catch(() => undefined);
  await db?.stop();
  rmSync(r.home, { recursive: true, force: true });
}

async function run(settings: Settings, r: Resources): Promise<string> {
  const neo = await startEmbeddedNeo4j(
    {
      mode: 'embedded',
      home: r.home,
      boltPort: 0,
      heap: settings.heap,
      pageCacheBytes: settings.pageCacheMb * 1024 * 1024,
      database: DATABASE,
    },
    { txTimeoutMs: 60000, startTimeoutMs: 180000, log },
  );
  r.db = neo;
  const login = { uri: neo.uri, username: neo.username, password: neo.password };
  const gateway = Neo4jGateway.connect({ ...login, database: DATABASE, txTimeoutMs: 15000 });
  r.gateway = gateway;
  await gateway.waitUntilReady(30000);
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
  r.driver = driver;
  const db = new RawDb(driver, DATABASE);
  const server = await listen(createApp({ gateway, rateLimitPerMinute: 0 }));
  r.server = server;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bench: Bench = { base, db, gateway, settings, quiet: idleWaiter(server) };
  log(`API on ${base}`);

  const sections: string[] = [];
  for (const [phase, name] of settings.graphs.entries()) {
    log(`phase ${phase + 1}: the ${name} graph`);
    const phaseStart = Date.now();
    await clearGraph(driver, DATABASE);
    await ensureSchema(gateway);
    const how = await PREPARE[name](gateway, driver, settings);
    const size = await counts(db);
    const seconds = Math.round((Date.now() - phaseStart) / 1000);
    log(`${name} graph ready in ${seconds} s: ${size}`);
    sections.push(
      ...section(`${TITLES[name]} (${size}; ${how} in ${seconds} s)`, await benchGraph(bench)),
    );
  }

  return [
    `Command: ${command()}`,
    `Date: ${new Date().toISOString()}`,
    ...(await machine(db)),
    `- Requests: ${settings.warmup} warm-up + ${settings.requests} sequential per operation; ` +
      `autocannon ${settings.connections} connections × ${settings.seconds} s; ` +
      `Neo4j heap ${settings.heap}, page cache ${settings.pageCacheMb} MiB`,
    '',
    ...sections,
    `Total run time: ${Math.round((Date.now() - started) / 1000)} s`,
  ].join('\n');
}

async function main(): Promise<void> {
  const settings = readSettings();
  const resources: Resources = { home: mkdtempSync(join(os.tmpdir(), 'brand-graph-bench-')) };
  process.once('SIGINT', () => {
    void release(resources).finally(() => process.exit(130));
  });
  try {
    const report = await run(settings, resources);
    console.log(`\n${report}`);
  } finally {
    await release(resources);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
