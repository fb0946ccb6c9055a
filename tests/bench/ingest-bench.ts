// Ingest benchmark: all of CoDEx-M through the importer (validate, then write), next to
// LOAD CSV with CALL { … } IN TRANSACTIONS on the same embedded Neo4j in the same run, building
// the same graph, and next to one transaction per row on a sample. Prints a table.
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../server/config';
import { attributeKey, factQuery } from '../../server/imports/fact-query';
import { datasetSourceId, factId } from '../../server/imports/ids';
import { importFiles } from '../../server/imports/import-files';
import { readLabelTable, readListTable } from '../../server/imports/label-files';
import { readLines } from '../../server/imports/line-reader';
import { parseTriple, type TripleTables } from '../../server/imports/triples';
import type { FactDraft, ImportProgressReport, TriplesRequest } from '../../server/imports/types';
import { entityRow, sharedFactParams, timeProps } from '../../server/imports/write-pass';
import { ensureSchema } from '../../server/load/loader';
import { cypher } from '../../server/neo4j/cypher-files';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded';
import { Neo4jGateway } from '../../server/neo4j/gateway';
import { clearGraph } from './generate-graph';

const DATABASE = 'neo4j';
const CODEX = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'codex-m');
const DATASET = 'CoDEx-M (Wikidata)';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0`);
  return n;
}

const settings = {
  batch: envInt('BENCH_BATCH', 5000),
  perRowSample: envInt('BENCH_PER_ROW', 2000),
  heap: process.env.BENCH_HEAP ?? '2g',
  pageCacheMb: envInt('BENCH_PAGECACHE_MB', 512),
};

const started = Date.now();
function log(line: string): void {
  console.log(`[bench +${Math.round((Date.now() - started) / 1000)}s] ${line}`);
}

const request: TriplesRequest = {
  format: 'triples',
  triples: ['train.txt', 'valid.txt', 'test.txt'].map((f) => join(CODEX, f)),
  relations: join(CODEX, 'relations.json'),
  entityTypes: join(CODEX, 'entity2types.json'),
  typeNames: join(CODEX, 'types.en.json'),
};

/** Peak memory of this process while `work` runs, sampled every 20 ms. */
async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ value: T; rss: number; heap: number }> {
  let rss = 0;
  let heap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  try {
    const value = await work();
    sample();
    return { value, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

async function tables(): Promise<TripleTables> {
  const rel = await readLabelTable(request.relations ?? '', 'relations.json');
  const types = await readListTable(request.entityTypes ?? '', 'entity2types.json');
  const names = await readLabelTable(request.typeNames ?? '', 'types.en.json');
  if (!rel.ok || !types.ok || !names.ok) throw new Error('CoDEx-M label files do not read');
  return { relations: rel.table, entityTypes: types.table, typeNames: names.table };
}

/** Every fact of CoDEx-M as the importer would read it (for LOAD CSV and the per-row run). */
async function* codexFacts(t: TripleTables): AsyncGenerator<{ fact: FactDraft; file: string }> {
  for (const path of request.triples) {
    const file = path.slice(CODEX.length + 1);
    for await (const line of readLines(path, () => undefined)) {
      const item = parseTriple(line.text, line.number, file, t);
      if (item?.kind === 'fact') yield { fact: item.fact, file };
    }
  }
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const CSV_COLUMNS = [
  'id',
  'type',
  'subject',
  'object',
  'subjectKind',
  'objectKind',
  'subjectSummary',
  'objectSummary',
  'subjectSourceType',
  'objectSourceType',
  'property',
  'file',
  'source',
  'citations',
] as const;

/** Writes CoDEx-M as one CSV in the database's import folder, with what the importer writes. */
async function writeCsv(path: string, t: TripleTables): Promise<number> {
  const out = createWriteStream(path);
  let rows = 0;
  const write = async (line: string): Promise<void> => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(CSV_COLUMNS.join(','));
  for await (const { fact, file } of codexFacts(t)) {
    const source = datasetSourceId(file);
    const [s, o] = fact.implied;
    const row = {
      id: factId(source, { ...fact, type: fact.type.name }),
      type: fact.type.name,
      subject: fact.subject,
      object: fact.object,
      subjectKind: s?.kind,
      objectKind: o?.kind,
      subjectSummary: s?.summary,
      objectSummary: o?.summary,
      subjectSourceType: s?.sourceType,
      objectSourceType: o?.sourceType,
      property: fact.attributes.property,
      file,
      source,
      citations: JSON.stringify([{ source }]),
    };
    await write(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
    rows += 1;
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

/**
 * LOAD CSV building the same graph: MERGE entities (kind label), CREATE typed facts. CREATE
 * rather than MERGE: the graph starts empty, so the result is the same, and a relationship
 * MERGE planned on the empty graph scans all relationships for every row (a plan that one
 * long LOAD CSV statement never revises), which would make LOAD CSV look far slower than it is.
 */
function loadCsvQuery(url: string, batch: number): string {
  const entity = (v: 's' | 'o', p: 'subject' | 'object'): string => `
  MERGE (${v}:Entity {id: row.${p}})
  ON CREATE SET ${v}.kind = row.${p}Kind, ${v}.name = row.${p}, ${v}.aliases = [],
    ${v}.aliasText = '', ${v}.summary = row.${p}Summary, ${v}.sourceType = row.${p}SourceType,
    ${v}.file = row.file, ${v}:$(row.${p}Kind)`;
  return `LOAD CSV WITH HEADERS FROM '${url}' AS row
CALL (row) {${entity('s', 'subject')}${entity('o', 'object')}
  CREATE (s)-[r:$(row.type) {id: row.id}]->(o)
  SET r.property = row.property, r.file = row.file, r.sourceIds = [row.source],
    r.citations = row.citations
} IN TRANSACTIONS OF ${batch} ROWS`;
}

async function autoCommit(driver: Driver, query: string): Promise<void> {
  const session = driver.session({ database: DATABASE, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

async function countRels(gateway: Neo4jGateway): Promise<{ entities: number; facts: number }> {
  const [row] = await gateway.read(cypher('counts'));
  return { entities: Number(row?.entities), facts: Number(row?.facts) };
}

/** One write transaction per fact: its two entities and the fact, as the importer writes them. */
async function perRow(gateway: Neo4jGateway, t: TripleTables, sample: number): Promise<number> {
  const query = factQuery([], ['property']);
  let n = 0;
  for await (const { fact, file } of codexFacts(t)) {
    if (n >= sample) break;
    const source = datasetSourceId(file);
    const id = factId(source, { ...fact, type: fact.type.name });
    const props = timeProps(
      {
        id,
        type: fact.type.name,
        subject: fact.subject,
        object: fact.object,
        time: {},
        attributes: {},
        sources: [{ source }],
      },
      file,
    );
    const attributes = Object.fromEntries(
      Object.entries(fact.attributes).map(([k, v]) => [attributeKey(k), v]),
    );
    await gateway.writeTransaction(async (tx) => {
      await tx.run(cypher('import-implied-entities'), {
        rows: fact.implied.map((e) => entityRow(e, file)),
      });
      await tx.run(query, {
        rows: [
          {
            id,
            type: fact.type.name,
            subject: fact.subject,
            object: fact.object,
            props,
            attributes,
          },
        ],
        ...sharedFactParams(source, file),
      });
    });
    n += 1;
  }
  return n;
}

interface Line {
  readonly method: string;
  readonly rels: number;
  readonly seconds: number;
  readonly note: string;
}

function table(lines: readonly Line[], reference: number): string {
  const rows = lines.map((l) => {
    const rate = l.rels / l.seconds;
    return [
      l.method,
      l.rels.toLocaleString('en'),
      l.seconds.toFixed(1),
      Math.round(rate).toLocaleString('en'),
      (rate / reference).toFixed(2),
      l.note,
    ];
  });
  const head = ['method', 'relationships', 'seconds', 'rels/s', 'vs LOAD CSV', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: readonly string[]): string =>
    `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [fmt(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(fmt)].join(
    '\n',
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(CODEX, 'train.txt'))) {
    console.log(`CoDEx-M not found in ${CODEX}; nothing to measure.`);
    return;
  }
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
    db = await startEmbeddedNeo4j(
      {
        mode: 'embedded',
        home,
        boltPort: 0,
        heap: settings.heap,
        pageCacheBytes: settings.pageCacheMb * 2 ** 20,
        database: DATABASE,
      },
      { txTimeoutMs: 600000, startTimeoutMs: 180000, log },
    );
    gateway = Neo4jGateway.connect({
      uri: db.uri,
      username: db.username,
      password: db.password,
      database: DATABASE,
      txTimeoutMs: 600000,
    });
    await gateway.waitUntilReady(30000);
    driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
    await ensureSchema(gateway);
    const t = await tables();
    const lines: Line[] = [];

    // 1. The importer, end to end (both passes), from the three triple files.
    log('warm-up: importer on valid.txt');
    await importFiles(
      gateway,
      { ...request, triples: [join(CODEX, 'valid.txt')] },
      { batchSize: settings.batch, dataset: DATASET },
    );
    await clearGraph(driver, DATABASE);
    log('importer: all of CoDEx-M');
    const phases: Record<string, number> = {};
    const t0 = performance.now();
    const imported = await withPeakMemory(() =>
      importFiles(gateway as Neo4jGateway, request, {
        batchSize: settings.batch,
        dataset: DATASET,
        onProgress: (p: ImportProgressReport) => (phases[p.phase] ??= performance.now()),
      }),
    );
    const importSeconds = (performance.now() - t0) / 1000;
    const writeSeconds = (performance.now() - (phases.writing ?? t0)) / 1000;
    const imp = imported.value;
    if (!imp.ok) throw new Error(imp.message);
    const afterImport = await countRels(gateway);
    lines.push({
      method: 'importer (validate + write)',
      rels: imp.facts,
      seconds: importSeconds,
      note: `batches of ${settings.batch}`,
    });
    lines.push({
      method: 'importer, write pass only',
      rels: imp.facts,
      seconds: writeSeconds,
      note: 'after validation',
    });

    // 2. LOAD CSV on the same graph shape, from a CSV prepared beforehand (not timed).
    await clearGraph(driver, DATABASE);
    const importDir = join(home, 'import');
    mkdirSync(importDir, { recursive: true });
    // The embedded Neo4j sets no import folder, so LOAD CSV reads file URLs as absolute paths.
    log('LOAD CSV: writing codex-m.csv');
    const csvPath = join(importDir, 'codex-m.csv');
    const csvRows = await writeCsv(csvPath, t);
    log('LOAD CSV: all of CoDEx-M');
    const t1 = performance.now();
    await autoCommit(driver, loadCsvQuery(pathToFileURL(csvPath).href, settings.batch));
    const csvSeconds = (performance.now() - t1) / 1000;
    const afterCsv = await countRels(gateway);
    lines.push({
      method: 'LOAD CSV … CALL { } IN TRANSACTIONS',
      rels: csvRows,
      seconds: csvSeconds,
      note: `OF ${settings.batch} ROWS`,
    });

    // 3. One transaction per row, on a sample.
    await clearGraph(driver, DATABASE);
    log(`one transaction per row: ${settings.perRowSample} rows`);
    const t2 = performance.now();
    const n = await perRow(gateway, t, settings.perRowSample);
    lines.push({
      method: 'one transaction per row',
      rels: n,
      seconds: (performance.now() - t2) / 1000,
      note: 'sample',
    });

    const reference = csvRows / csvSeconds;
    console.log('');
    console.log(
      `CoDEx-M: ${imp.entities.toLocaleString('en')} entities, ${imp.facts.toLocaleString('en')} facts; ` +
        `graph after importer ${JSON.stringify(afterImport)}, after LOAD CSV ${JSON.stringify(afterCsv)}`,
    );
    console.log(table(lines, reference));
    console.log('');
    console.log(
      `importer peak memory: RSS ${(imported.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(imported.heap / 2 ** 20).toFixed(0)} MiB ` +
        `(this process, sampled every 20 ms; includes the label tables)`,
    );
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
        `load ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}; Neo4j heap ${settings.heap}, page cache ${settings.pageCacheMb} MiB`,
    );
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
