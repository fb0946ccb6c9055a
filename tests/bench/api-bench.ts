// API benchmark: p50/p99 through HTTP next to the raw driver, and autocannon throughput.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
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
import { measureFloor, measureLoad, measureSequential } from './api-measure';
import { operations, pickTargets, RawDb } from './api-operations';
import { section, type GraphResult, type Row } from './api-report';
import { readSettings, type GraphName, type Settings } from './api-settings';
import { clearGraph, generateGraph } from './generate-graph';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

const DATABASE = 'neo4j';

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

interface Bench {
  readonly base: string;
  readonly db: RawDb;
  /** The gateway the API runs on: the services' queries are recorded through it. */
  readonly gateway: Neo4jGateway;
  /** The API's fact types: the services recorded directly read the same registry. */
  readonly factTypes: FactTypeRegistry;
  readonly settings: Settings;
  /** Resolves once the API has answered every request it received. */
  readonly quiet: () => Promise<void>;
}

async function benchGraph({
  base,
  db,
  gateway,
  factTypes,
  settings,
  quiet,
}: Bench): Promise<GraphResult> {
  const targets = await pickTargets(db);
  log(
    `inputs: ${targets.entityIds.length} entities, ${targets.pairs.length} pairs, ` +
      `${targets.queries.length} search texts (e.g. ${targets.queries.slice(0, 3).join(', ')})`,
  );
  const rows: Row[] = [];
  const all = operations(db, targets, factTypes);
  const unknown = settings.operations.filter((name) => !all.some((op) => op.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `BENCH_OPS: unknown ${unknown.join(', ')} (known: ${all.map((o) => o.name).join(', ')})`,
    );
  }
  const chosen =
    settings.operations.length === 0
      ? all
      : all.filter((op) => settings.operations.includes(op.name));
  for (const op of chosen) {
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
    {
      txTimeoutMs: 600000,
      startTimeoutMs: Number(process.env.BENCH_START_TIMEOUT_S ?? 900) * 1000,
      log,
    },
  );
  r.db = neo;
  const login = { uri: neo.uri, username: neo.username, password: neo.password };
  const gateway = Neo4jGateway.connect({ ...login, database: DATABASE, txTimeoutMs: 15000 });
  r.gateway = gateway;
  await gateway.waitUntilReady(30000);
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
  r.driver = driver;
  const db = new RawDb(driver, DATABASE);
  const factTypes = new FactTypeRegistry();
  const server = await listen(createApp({ gateway, factTypes, rateLimitPerMinute: 0 }));
  r.server = server;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bench: Bench = { base, db, gateway, factTypes, settings, quiet: idleWaiter(server) };
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
