// Ingest benchmark: each dataset (all of CoDEx-M, a generated acquisitions edge list) through
// the importer (validate, then write), next to LOAD CSV with CALL { … } IN TRANSACTIONS on the
// same embedded Neo4j in the same run, building the same graph, and (CoDEx-M) next to one
// transaction per row on a sample. Prints a table per dataset.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { readConfig, type Config } from '../../server/config';
import { bulkImport, type BulkStep } from '../../server/imports/bulk/bulk-import';
import { importFiles } from '../../server/imports/import-files';
import type { ImportOptions, ImportProgressReport, ImportResult } from '../../server/imports/types';
import { ensureSchema } from '../../server/load/loader';
import { cypher } from '../../server/neo4j/cypher-files';
import type { EmbeddedNeo4j } from '../../server/neo4j/embedded';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { BENCH_DATABASE, startBenchDatabase } from './bench-database';
import { clearGraph } from './generate-graph';
import { ingestDatasets, type IngestDataset } from './ingest/datasets';
import { importerFacts } from './ingest/importer-rows';
import { loadCsvQuery, writeFactsCsv, type CsvShape } from './ingest/load-csv';
import { perRow } from './ingest/per-row';
import { table, withCpu, withPeakMemory, type Line } from './ingest/report';

function envInt(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return n;
}

const settings = {
  batch: envInt('BENCH_BATCH', 5000),
  concurrency: envInt('BENCH_CONCURRENCY', 2),
  perRowSample: envInt('BENCH_PER_ROW', 2000, 0),
  acquisitionRows: envInt('BENCH_ACQ_ROWS', 50000),
  admin: process.env.BENCH_ADMIN !== '0',
  rounds: envInt('BENCH_ROUNDS', 2),
  only: process.env.BENCH_DATASETS?.split(',').map((s) => s.trim().toLowerCase()),
};

/** The settings of a bulk import into its own embedded home, with the benchmark's Neo4j sizes. */
function bulkConfig(home: string): Config {
  return readConfig({
    NEO4J_EMBEDDED_DATA: home,
    NEO4J_EMBEDDED_BOLT_PORT: '0',
    NEO4J_EMBEDDED_HEAP: process.env.BENCH_HEAP ?? '2g',
    NEO4J_EMBEDDED_PAGECACHE_MB: '512',
    NEO4J_TX_TIMEOUT_MS: '600000',
    NEO4J_READY_TIMEOUT_MS: process.env.NEO4J_READY_TIMEOUT_MS ?? '900000',
  });
}

const started = Date.now();
function log(line: string): void {
  console.log(`[bench +${Math.round((Date.now() - started) / 1000)}s] ${line}`);
}

const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function autoCommit(driver: Driver, query: string): Promise<void> {
  const session = driver.session({
    database: BENCH_DATABASE,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

async function counts(gateway: Neo4jGateway): Promise<{ entities: number; facts: number }> {
  const [row] = await gateway.read(cypher('counts'));
  return { entities: Number(row?.entities), facts: Number(row?.facts) };
}

/** The import settings every importer run of `d` uses (warm-up and rounds). */
function importOptions(d: IngestDataset): ImportOptions {
  return {
    batchSize: settings.batch,
    concurrency: settings.concurrency,
    dataset: d.dataset,
    skipBad: d.skipBad,
  };
}

/** What one round measured: the importer, then LOAD CSV, each on an empty graph. */
interface Round {
  readonly imp: ImportResult;
  readonly imported: { rss: number; heap: number };
  readonly importSeconds: number;
  readonly writeSeconds: number;
  readonly importCpu: { neo4j: number; node: number };
  readonly csvSeconds: number;
  readonly csvCpu: { neo4j: number; node: number };
  readonly afterImport: { entities: number; facts: number };
  readonly afterCsv: { entities: number; facts: number };
}

/**
 * One round on dataset `d`: the importer, then LOAD CSV from the file `csv` gives (written on
 * the first round's call, after the importer, so its memory is not in the importer's peak); the
 * graph cleared after each.
 */
async function measureRound(
  d: IngestDataset,
  gateway: Neo4jGateway,
  driver: Driver,
  jvm: number,
  csv: () => Promise<{ path: string; shape: CsvShape }>,
  round: number,
): Promise<Round> {
  log(`${d.name}: round ${round}, importer (load ${load()})`);
  const phases: Record<string, number> = {};
  const t0 = performance.now();
  const { value: imported, cpu: importCpu } = await withCpu(jvm, () =>
    withPeakMemory(() =>
      importFiles(gateway, d.request, {
        ...importOptions(d),
        onProgress: (p: ImportProgressReport) => (phases[p.phase] ??= performance.now()),
      }),
    ),
  );
  const importSeconds = (performance.now() - t0) / 1000;
  const writeSeconds = (performance.now() - (phases.writing ?? t0)) / 1000;
  const imp = imported.value;
  if (!imp.ok) throw new Error(imp.message);
  const afterImport = await counts(gateway);
  // Each figure is logged as soon as it is measured: a run stopped early still says it.
  log(
    `${d.name}: round ${round}, importer ${importSeconds.toFixed(1)} s (write pass ${writeSeconds.toFixed(1)} s, Neo4j CPU ${importCpu.neo4j.toFixed(1)} s)`,
  );
  await clearGraph(driver, BENCH_DATABASE);
  const { path: csvPath, shape } = await csv();
  log(`${d.name}: round ${round}, LOAD CSV (load ${load()})`);
  const t1 = performance.now();
  // The embedded Neo4j sets no import folder, so LOAD CSV reads file URLs as absolute paths.
  const loaded = await withCpu(jvm, () =>
    autoCommit(driver, loadCsvQuery(pathToFileURL(csvPath).href, settings.batch, shape)),
  );
  const csvSeconds = (performance.now() - t1) / 1000;
  const afterCsv = await counts(gateway);
  log(
    `${d.name}: round ${round}, LOAD CSV ${csvSeconds.toFixed(1)} s (Neo4j CPU ${loaded.cpu.neo4j.toFixed(1)} s, load ${load()})`,
  );
  await clearGraph(driver, BENCH_DATABASE);
  return {
    imp,
    imported,
    importSeconds,
    writeSeconds,
    importCpu,
    csvSeconds,
    csvCpu: loaded.cpu,
    afterImport,
    afterCsv,
  };
}

/** One dataset: warm-up, importer, LOAD CSV, one transaction per row; its table. */
async function measure(
  d: IngestDataset,
  gateway: Neo4jGateway,
  driver: Driver,
  home: string,
  jvm: number,
): Promise<string[]> {
  const lines: Line[] = [];
  log(`${d.name}: warm-up import`);
  await importFiles(gateway, d.warmUp, importOptions(d));
  await clearGraph(driver, BENCH_DATABASE);
  // Written once (not timed): the importer's own rows, one per distinct fact id.
  const csvPath = join(home, 'import', `${d.dataset.replace(/\W+/g, '-')}.csv`);
  let written: { path: string; shape: CsvShape } | undefined;
  const csv = async (): Promise<{ path: string; shape: CsvShape }> => {
    if (written === undefined) {
      log(`${d.name}: writing the LOAD CSV file`);
      written = {
        path: csvPath,
        shape: await writeFactsCsv(csvPath, importerFacts(gateway, d.request, d.dataset)),
      };
    }
    return written;
  };
  // Each round runs the importer, then LOAD CSV, on the same Neo4j: the first method of the first
  // round also pays for the JVM compiling Neo4j's write path, the second finds it compiled. Later
  // rounds compare the two on a warm JVM; every round is printed, with its own ratio.
  let first: Round | undefined;
  for (let round = 1; round <= settings.rounds; round += 1) {
    const r = await measureRound(d, gateway, driver, jvm, csv, round);
    const csvRows = (await csv()).shape.rows;
    first ??= r;
    const tag = settings.rounds > 1 ? `, round ${round}` : '';
    const reference = csvRows / r.csvSeconds;
    const note = `batches of ${settings.batch}, ${settings.concurrency} at once`;
    lines.push(
      {
        method: `importer (validate + write)${tag}`,
        rels: r.imp.facts,
        seconds: r.importSeconds,
        note,
        cpu: r.importCpu,
        reference,
      },
      {
        method: `importer, write pass only${tag}`,
        rels: r.imp.facts,
        seconds: r.writeSeconds,
        note: 'after validation',
        reference,
      },
      {
        method: `LOAD CSV … CALL { } IN TRANSACTIONS${tag}`,
        rels: csvRows,
        seconds: r.csvSeconds,
        note: `OF ${settings.batch} ROWS`,
        cpu: r.csvCpu,
        reference,
      },
    );
  }
  if (first === undefined) throw new Error('BENCH_ROUNDS must be at least 1');
  const { imp, imported, afterImport, afterCsv, csvSeconds } = first;
  const { shape } = await csv();

  if (settings.admin) {
    log(`${d.name}: npm run import -- --bulk (load ${load()})`);
    const steps: Partial<Record<BulkStep, number>> = {};
    const t3 = performance.now();
    const bulk = await bulkImport(
      bulkConfig(join(home, `bulk-${d.dataset.replace(/\W+/g, '-')}`)),
      d.request,
      {
        dataset: d.dataset,
        skipBad: d.skipBad,
        onStep: (step) => (steps[step] = performance.now()),
      },
    );
    const end = performance.now();
    if (!bulk.ok) throw new Error(bulk.message);
    const at = (step: BulkStep): number => steps[step] ?? t3;
    const tool = (at('finishing') - at('tool')) / 1000;
    log(`${d.name}: --bulk ${((end - t3) / 1000).toFixed(1)} s, neo4j-admin ${tool.toFixed(1)} s`);
    lines.push({
      method: 'neo4j-admin database import full',
      rels: bulk.facts,
      seconds: tool,
      note: 'offline, tool only',
    });
    lines.push({
      method: 'import --bulk (validate + CSV + tool + start + schema + records)',
      rels: bulk.facts,
      seconds: (end - t3) / 1000,
      note:
        `validate ${((at('csv') - t3) / 1000).toFixed(1)} s, CSV ${((at('tool') - at('csv')) / 1000).toFixed(1)} s, ` +
        `start + schema + records ${((end - at('finishing')) / 1000).toFixed(1)} s`,
    });
  }
  if (settings.perRowSample > 0 && d.name === 'CoDEx-M') {
    await clearGraph(driver, BENCH_DATABASE);
    log(`${d.name}: one transaction per row, ${settings.perRowSample} rows`);
    const t2 = performance.now();
    const n = await perRow(
      gateway,
      importerFacts(gateway, d.request, d.dataset),
      settings.perRowSample,
    );
    lines.push({
      method: 'one transaction per row',
      rels: n,
      seconds: (performance.now() - t2) / 1000,
      note: 'sample',
    });
  }
  await clearGraph(driver, BENCH_DATABASE);
  return [
    `### ${d.name}: ${imp.entities.toLocaleString('en')} entities, ${imp.facts.toLocaleString('en')} facts` +
      (imp.skipped > 0 ? ` (${imp.skipped} bad rows skipped)` : ''),
    '',
    `graph after importer ${JSON.stringify(afterImport)}, after LOAD CSV ${JSON.stringify(afterCsv)}` +
      (afterImport.facts === afterCsv.facts && afterImport.entities === afterCsv.entities
        ? ' (same)'
        : ' (DIFFERENT)'),
    '',
    table(lines, shape.rows / csvSeconds),
    '',
    `importer peak memory: RSS ${(imported.rss / 2 ** 20).toFixed(0)} MiB, heap used ` +
      `${(imported.heap / 2 ** 20).toFixed(0)} MiB (this process, sampled every 20 ms); load at the end ${load()}`,
    '',
  ];
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(os.tmpdir(), 'brand-graph-ingest-'));
  let db: EmbeddedNeo4j | undefined;
  let gateway: Neo4jGateway | undefined;
  let driver: Driver | undefined;
  const stop = async (): Promise<void> => {
    await gateway?.close().catch(() => undefined);
    await driver?.close().catch(() => undefined);
    await db?.stop();
    rmSync(home, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    mkdirSync(join(home, 'import'), { recursive: true });
    const datasets = ingestDatasets(join(home, 'import'), settings.acquisitionRows).filter(
      (d) => !settings.only || settings.only.some((o) => d.name.toLowerCase().startsWith(o)),
    );
    ({ db, gateway } = await startBenchDatabase(join(home, 'db'), log));
    driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
    await ensureSchema(gateway);
    const out: string[] = [];
    for (const d of datasets) {
      const lines = await measure(d, gateway, driver, home, db.pid);
      console.log(lines.join('\n'));
      out.push(...lines);
    }
    console.log('');
    console.log(out.join('\n'));
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
        `Neo4j heap ${process.env.BENCH_HEAP ?? '2g'}, page cache 512 MiB; total ${Math.round((Date.now() - started) / 1000)} s`,
    );
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
