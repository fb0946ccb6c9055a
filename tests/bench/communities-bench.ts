// Where to find communities, measured: for each dataset (the generated star-shaped acquisitions
// list; CoDEx-M when ../shared is there) it imports the data into its own embedded Neo4j and
// prints, for Louvain on the server over the stored graph (the bounded read of linked pairs, then
// graphology-communities-louvain), the read time, Louvain's time, the heap it holds and what it
// finds; and for Louvain in the client over what the first view loads (the overview), the same.
// `npm run bench:communities` (BENCH_DATASETS=acquisitions,codex-m to choose; run with
// --expose-gc for exact heap figures). With BENCH_SCREENSHOT=DATASET it also takes the README's
// screenshot of that dataset's overview (client/screenshots/overview.png; needs `npm run build`).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../server/config';
import { LIMITS } from '../../server/domain/limits';
import { graphOfPairs, partition } from '../../server/graph/communities';
import { readCommunities } from '../../server/graph/community-service';
import { readWholeGraph } from '../../server/graph/graph-service';
import type { ImportResult } from '../../server/imports/types';
import { ensureSchema } from '../../server/load/loader';
import type { EmbeddedNeo4j } from '../../server/neo4j/embedded';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { asText } from '../../server/neo4j/to-plain';
import { BENCH_DATABASE, startBenchDatabase } from './bench-database';
import { BENCH_IMPORTS } from './bench-datasets';
import { clearGraph } from './generate-graph';
import { readmeScreenshot } from './readme-screenshot';

const DATABASE = BENCH_DATABASE;
const CODEX = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'codex-m');

/** The datasets this run measures, each with its import. */
const IMPORTS = BENCH_IMPORTS;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const ms = (t: number): string => `${Math.round(performance.now() - t)} ms`;

/** Louvain where the data is: on the server over the stored graph's linked pairs. */
async function onServer(gateway: Neo4jGateway): Promise<void> {
  const heap0 = heapMb();
  const t0 = performance.now();
  const rows = await gateway.run('community-pairs', { limit: LIMITS.communityPairs });
  const read = ms(t0);
  const pairs = rows.map((r) => ({
    source: asText(r.source),
    target: asText(r.target),
    facts: Number(r.facts),
  }));
  const t1 = performance.now();
  const graph = graphOfPairs(pairs);
  const p = partition(graph);
  const louvain = ms(t1);
  const heap1 = heapMb();
  console.log(
    `server: read ${pairs.length} linked pairs in ${read}; graph (${graph.order} entities) + Louvain in ${louvain}; heap held ${(heap1 - heap0).toFixed(1)} MB (rows, graph, partition)`,
  );
  const sizes = p.communities.map((c) => c.size);
  console.log(
    `server: ${p.communities.length} communities, modularity ${p.modularity.toFixed(3)}; largest ${sizes.slice(0, 5).join(', ')}; the ${LIMITS.communities} drawn cover ${sizes.slice(0, LIMITS.communities).reduce((a, b) => a + b, 0)} of ${graph.order} linked entities`,
  );
  const t2 = performance.now();
  const answer = await readCommunities(gateway);
  console.log(`server: GET /api/communities cold (read + Louvain + names) ${ms(t2)}`);
  const t3 = performance.now();
  await readCommunities(gateway);
  console.log(`server: GET /api/communities again (kept partition) ${ms(t3)}`);
  for (const c of answer.communities.slice(0, 5)) console.log(`  ${c.id} (${c.size}): ${c.label}`);
}

/** Louvain in the client over what the first view loads (the overview). */
async function onOverview(gateway: Neo4jGateway): Promise<void> {
  const overview = await readWholeGraph(gateway);
  const heap0 = heapMb();
  const t0 = performance.now();
  const graph = graphOfPairs(
    overview.edges.map((e) => ({ source: e.source, target: e.target, facts: 1 })),
  );
  const p = partition(graph);
  const took = ms(t0);
  console.log(
    `overview only: ${overview.nodes.length} entities, ${overview.edges.length} facts; Louvain in ${took}, heap ${(heapMb() - heap0).toFixed(1)} MB; ${p.communities.length} communities, modularity ${p.modularity.toFixed(3)}; covers ${graph.order} of ${overview.attributes.total?.entities ?? overview.nodes.length} stored entities`,
  );
}

async function measure(name: string, gateway: Neo4jGateway, db: EmbeddedNeo4j): Promise<void> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
  await clearGraph(driver, DATABASE);
  await driver.close();
  await ensureSchema(gateway);
  if (name === 'codex-m' && !existsSync(join(CODEX, 'train.txt'))) {
    console.log(`${name}: data not found, skipped`);
    return;
  }
  // On a busy machine the JVM can miss the driver's 3 s connection timeout; an import run again
  // completes what the last one left (MERGE on ids).
  let result: ImportResult | undefined;
  for (let attempt = 1; !result?.ok && attempt <= 3; attempt += 1) {
    result = await IMPORTS[name]?.(gateway)?.catch((error: unknown) => {
      console.log(`${name}: import attempt ${attempt} failed: ${(error as Error).message}`);
      return undefined;
    });
  }
  if (!result?.ok) throw new Error(`${name}: ${result?.message ?? 'import failed'}`);
  console.log(`\n## ${name}: ${result.entities} entities, ${result.facts} facts`);
  await onServer(gateway);
  await onOverview(gateway);
  if (process.env.BENCH_SCREENSHOT === name) await readmeScreenshot(gateway);
}

async function main(): Promise<void> {
  const names = (process.env.BENCH_DATASETS ?? Object.keys(IMPORTS).join(','))
    .split(',')
    .filter((n) => n in IMPORTS);
  const home = mkdtempSync(join(os.tmpdir(), 'brand-graph-communities-'));
  let db: EmbeddedNeo4j | undefined;
  let gateway: Neo4jGateway | undefined;
  try {
    ({ db, gateway } = await startBenchDatabase(home, (line) => console.log(line)));
    for (const name of names) await measure(name, gateway, db);
  } finally {
    await gateway?.close().catch(() => undefined);
    await db?.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

await main();
