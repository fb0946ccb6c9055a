// Start benchmark: the explorer's start as `npm start` runs it (server/main.ts), step by step,
// on a fresh folder (cold first start: the schema is created and data/*.json loaded) and again
// on the same folder (warm start: existing data), each to "ready" (the app answering /api/health);
// plus `npm run build` (vite), which `npm start` runs first. Prints one table.
// `npm run bench:start` (BENCH_BUILD=0 skips the build; BENCH_RUNS=N repeats the warm start).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app';
import { PROJECT_ROOT, readConfig } from '../../server/config';
import { refreshFactTypes } from '../../server/graph/fact-types';
import { readCounts } from '../../server/graph/graph-service';
import { ensureSchema, loadFiles } from '../../server/load/loader';
import { migrate } from '../../server/load/migrations';
import { readInputs, jsonFilesIn } from '../../server/load/read-inputs';
import { DATA_DIR } from '../../server/load/seed';
import { validateFiles } from '../../server/load/validate';
import { startEmbeddedNeo4j } from '../../server/neo4j/embedded';
import { Neo4jGateway } from '../../server/neo4j/gateway';
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';

const PHASES = ['JVM', 'Neo4j', 'Bolt', 'schema', 'seed', 'app'] as const;
type Phase = (typeof PHASES)[number];

const PHASE_WORDS: Record<Phase, string> = {
  JVM: 'JVM: spawn to the launcher running (its `starting` event)',
  Neo4j: "Neo4j: the database started, Bolt listening (the launcher's `ready`)",
  Bolt: 'driver: connected, first `RETURN 1` answered',
  schema: 'schema: constraints and full-text index (IF NOT EXISTS), migrations',
  seed: 'seed: counts read; on an empty database data/*.json validated and loaded',
  app: 'app: fact types read, Express app listening, /api/health answered',
};

/** One start of the explorer on `home`, phase by phase (ms). */
async function start(home: string): Promise<Record<Phase, number>> {
  const config = readConfig();
  if (config.neo4j.mode !== 'embedded') throw new Error('the start bench needs the embedded Neo4j');
  const times = {} as Record<Phase, number>;
  let mark = performance.now();
  const lap = (phase: Phase): void => {
    const now = performance.now();
    times[phase] = now - mark;
    mark = now;
  };
  const db = await startEmbeddedNeo4j(
    { ...config.neo4j, home, boltPort: 0 },
    { txTimeoutMs: config.txTimeoutMs, startTimeoutMs: 900000, onJvmStarted: () => lap('JVM') },
  );
  lap('Neo4j');
  const gateway = Neo4jGateway.connect({
    ...db,
    database: config.neo4j.database,
    txTimeoutMs: config.txTimeoutMs,
  });
  try {
    await gateway.waitUntilReady(60000);
    lap('Bolt');
    await ensureSchema(gateway);
    await migrate(gateway);
    lap('schema');
    if ((await readCounts(gateway)).entities === 0) {
      const validation = validateFiles(readInputs(jsonFilesIn(DATA_DIR), PROJECT_ROOT));
      if (!validation.ok) throw new Error('data/*.json does not validate');
      await loadFiles(gateway, validation.files);
    }
    lap('seed');
    const factTypes = new FactTypeRegistry();
    await refreshFactTypes(gateway, factTypes);
    const server = createApp({ gateway, factTypes, rateLimitPerMinute: 0 }).listen(0, '127.0.0.1');
    await new Promise<void>((r) => server.once('listening', r));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (!health.ok) throw new Error(`/api/health answered ${health.status}`);
    lap('app');
    await new Promise<void>((r) => server.close(() => r()));
  } finally {
    await gateway.close();
    await db.stop();
  }
  return times;
}

function buildSeconds(): number | undefined {
  if (process.env.BENCH_BUILD === '0') return undefined;
  const t = performance.now();
  const run = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  if (run.status !== 0) throw new Error('npm run build failed');
  return (performance.now() - t) / 1000;
}

const s = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const home = mkdtempSync(join(os.tmpdir(), 'brand-graph-start-'));
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
  try {
    console.log(`load at the start ${load()}`);
    const build = buildSeconds();
    const cold = await start(join(home, 'db'));
    const warm: Record<Phase, number>[] = [];
    for (let i = 0; i < runs; i += 1) warm.push(await start(join(home, 'db')));
    const total = (t: Record<Phase, number>): number => PHASES.reduce((sum, p) => sum + t[p], 0);
    const rows = PHASES.map(
      (p) => `| ${PHASE_WORDS[p]} | ${s(cold[p])} | ${warm.map((w) => s(w[p])).join(' | ')} |`,
    );
    console.log('');
    console.log(
      `| phase | cold first start, s | ${warm.map((_, i) => `warm start ${i + 1}, s`).join(' | ')} |`,
    );
    console.log(`| --- | ---: | ${warm.map(() => '---:').join(' | ')} |`);
    console.log(rows.join('\n'));
    console.log(
      `| **to ready** | **${s(total(cold))}** | ${warm.map((w) => `**${s(total(w))}**`).join(' | ')} |`,
    );
    console.log(
      `| \`npm run build\` (vite, before every \`npm start\`) | ${build === undefined ? 'skipped' : build.toFixed(1)} | |`,
    );
    console.log('');
    console.log(`load at the end ${load()}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
