// Neo4j's offline bulk importer (`neo4j-admin database import full`, from the launcher's Maven
// jars) on the importer's own rows: nodes and relationships CSV written beforehand (not timed),
// the tool run on an empty database folder, then the embedded Neo4j started on it and the
// schema (id constraints, full-text index) built over the imported graph.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../../server/config';
import { DATE_KEYS } from '../../../server/domain/fact-record';
import { factIdConstraint } from '../../../server/graph/fact-types';
import { ensureSchema } from '../../../server/load/loader';
import { startEmbeddedNeo4j } from '../../../server/neo4j/embedded';
import { Neo4jGateway } from '../../../server/neo4j/gateway';
import type { ImporterFact } from './importer-rows';

type Row = Record<string, unknown>;
const LAUNCHER = join(PROJECT_ROOT, 'server', 'launcher', 'target');
/** Between the elements of a list cell (the unit separator: never in the data). */
const ARRAY = '\u001f';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.map(String).join(ARRAY)
    : neo4j.isInt(value)
      ? value.toString()
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function writeCsv(path: string, header: string[], rows: Iterable<unknown[]>): Promise<void> {
  const out = createWriteStream(path);
  for (const row of [header, ...rows]) {
    if (!out.write(`${row.map(cell).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Seconds of each step of a bulk import of `facts` into a new database under `home`. */
export async function adminImport(
  home: string,
  facts: AsyncIterable<ImporterFact>,
): Promise<{ rels: number; tool: number; start: number; schema: number; entities: number }> {
  const entities = new Map<string, Row>();
  const byId = new Map<string, ImporterFact>();
  const props = new Set<string>();
  const attrs = new Set<string>();
  for await (const f of facts) {
    for (const e of [f.subject, f.object])
      if (!entities.has(String(e.id))) entities.set(String(e.id), e);
    byId.set(String(f.fact.id), f);
    for (const [k, v] of Object.entries((f.fact.props ?? {}) as Row)) if (v != null) props.add(k);
    for (const k of Object.keys(f.fact.attributes ?? {})) attrs.add(k);
  }
  const csv = join(home, 'csv');
  mkdirSync(csv, { recursive: true });
  mkdirSync(join(home, 'conf'), { recursive: true });
  const ENTITY = ['kind', 'name', 'aliasText', 'summary', 'sourceType', 'originalId', 'file'];
  await writeCsv(
    join(csv, 'nodes.csv'),
    ['id:ID', ...ENTITY, 'aliases:string[]', ':LABEL'],
    [...entities.values()].map((e) => [
      e.id,
      ...ENTITY.map((k) => e[k]),
      e.aliases,
      `Entity;${String(e.kind)}`,
    ]),
  );
  const P = [...props];
  const A = [...attrs];
  await writeCsv(
    join(csv, 'rels.csv'),
    [
      ':START_ID',
      ':END_ID',
      ':TYPE',
      'id',
      'sourceIds:string[]',
      'citations',
      'citationSources:string[]',
      'file',
      ...P.map((k) => (DATE_KEYS.includes(k) ? `${k}:date` : k)),
      ...A,
    ],
    [...byId.values()].map((f) => {
      const p = (f.fact.props ?? {}) as Row;
      const a = (f.fact.attributes ?? {}) as Row;
      return [
        f.fact.subject,
        f.fact.object,
        f.fact.type,
        f.fact.id,
        [f.source],
        JSON.stringify([{ source: f.source }]),
        [f.source],
        f.file,
        ...P.map((k) => p[k]),
        ...A.map((k) => a[k]),
      ];
    }),
  );
  const t0 = performance.now();
  const run = spawnSync(
    'java',
    [
      '-Xmx1g',
      '-cp',
      `${join(LAUNCHER, 'classes')}:${join(LAUNCHER, 'lib', '*')}`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      `--nodes=${join(csv, 'nodes.csv')}`,
      `--relationships=${join(csv, 'rels.csv')}`,
      '--ignore-empty-strings=true',
      '--array-delimiter=U+001F',
      'neo4j',
    ],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`neo4j-admin import failed: ${run.stdout}\n${run.stderr}`);
  const tool = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const db = await startEmbeddedNeo4j(
    {
      mode: 'embedded',
      home,
      boltPort: 0,
      heap: '2g',
      pageCacheBytes: 512 * 2 ** 20,
      database: 'neo4j',
    },
    { txTimeoutMs: 600000, startTimeoutMs: 900000 },
  );
  const gateway = Neo4jGateway.connect({ ...db, database: 'neo4j', txTimeoutMs: 600000 });
  try {
    await gateway.waitUntilReady(60000);
    const start = (performance.now() - t1) / 1000;
    const t2 = performance.now();
    await ensureSchema(gateway);
    for (const type of new Set([...byId.values()].map((f) => String(f.fact.type)))) {
      await gateway.write(factIdConstraint(type));
    }
    await gateway.write('CALL db.awaitIndexes(600)');
    const schema = (performance.now() - t2) / 1000;
    return { rels: byId.size, tool, start, schema, entities: entities.size };
  } finally {
    await gateway.close();
    await db.stop();
  }
}
