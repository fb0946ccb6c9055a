// First view and exploration at scale, in real Chromium: for each dataset (a generated
// star-shaped acquisitions list of 20,000 edges around 300 hubs; CoDEx-M; FtM donations when
// ../shared is there) it imports the data into its own embedded Neo4j, opens the explorer and
// prints what the first view shows (entities, facts, entities without a drawn fact, the 20
// best-connected entities' label sizes and overlaps, the status line) and how long it took; on the
// acquisitions it also times each step of an exploration. `npm run bench:overview`
// (BENCH_DATASETS=acquisitions,codex-m,ftm to choose).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../server/config';
import type { SerializedGraph } from '../../server/domain/model';
import { ensureSchema } from '../../server/load/loader';
import type { EmbeddedNeo4j } from '../../server/neo4j/embedded';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { serveApp } from '../support/http-app';
import { flowSteps, flowTargets, measureFirstView, waitForView } from '../support/scale-flow';
import { BENCH_DATABASE, startBenchDatabase } from './bench-database';
import { BENCH_IMPORTS } from './bench-datasets';
import { clearGraph } from './generate-graph';

const DATABASE = BENCH_DATABASE;

const started = Date.now();
const log = (line: string): void => {
  console.log(`[bench +${Math.round((Date.now() - started) / 1000)}s] ${line}`);
};

/** The datasets this run measures, each with its import. */
const IMPORTS = BENCH_IMPORTS;

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

async function measure(name: string, gateway: Neo4jGateway, db: EmbeddedNeo4j): Promise<void> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
  await clearGraph(driver, DATABASE);
  await driver.close();
  await ensureSchema(gateway);
  const t0 = Date.now();
  const imported = IMPORTS[name]?.(gateway);
  if (!imported) {
    log(`${name}: data not found, skipped`);
    return;
  }
  const result = await imported;
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  log(
    `${name}: imported ${result.entities} entities, ${result.facts} facts in ${seconds(Date.now() - t0)} s`,
  );
  const app = await serveApp({ gateway });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url().slice(0, 120)}`);
    });
    // Warm the server once (query plans), then time the answer and a fresh page.
    await app.getJson<SerializedGraph>('/api/graph');
    const t2 = Date.now();
    await app.getJson<SerializedGraph>('/api/graph');
    console.log(`/api/graph answered in ${seconds(Date.now() - t2)} s`);
    const t1 = Date.now();
    await page.goto(app.url);
    await waitForView(page, 300000);
    const firstView = Date.now() - t1;
    const graph = await app.getJson<SerializedGraph>('/api/graph');
    const m = await measureFirstView(page, graph);
    const sizes = m.labels.map((l) => l.px);
    console.log(`\n## ${name}`);
    console.log(`first view: ${seconds(firstView)} s to a drawn view`);
    console.log(
      `drawn: ${m.entities} entities, ${m.facts} facts; without a drawn fact: ${m.isolated} (${((100 * m.isolated) / Math.max(m.entities, 1)).toFixed(1)} %)`,
    );
    console.log(
      `20 best-connected labels: ${sizes.filter((px) => px >= 11).length} of ${sizes.length} at >= 11 px (smallest ${Math.min(...sizes).toFixed(1)} px); overlapping pairs: ${m.overlaps.length}`,
    );
    console.log(`status: ${m.status}`);
    await page.screenshot({
      path: join(PROJECT_ROOT, 'test-results', 'screenshots', `overview-${name}.png`),
    });
    if (name === 'acquisitions') {
      const targets = await flowTargets(gateway);
      for (const step of flowSteps(page, targets)) {
        const t = Date.now();
        await step.run();
        console.log(`step "${step.name}": ${seconds(Date.now() - t)} s`);
      }
    }
    console.log(`failed requests: ${failures.length === 0 ? 'none' : failures.join('; ')}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

async function main(): Promise<void> {
  const names = (process.env.BENCH_DATASETS ?? Object.keys(IMPORTS).join(','))
    .split(',')
    .filter((n) => n in IMPORTS);
  const home = mkdtempSync(join(os.tmpdir(), 'brand-graph-overview-'));
  let db: EmbeddedNeo4j | undefined;
  let gateway: Neo4jGateway | undefined;
  const stop = async (): Promise<void> => {
    await gateway?.close().catch(() => undefined);
    await db?.stop();
    rmSync(home, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    ({ db, gateway } = await startBenchDatabase(home, log));
    for (const name of names) await measure(name, gateway, db);
  } finally {
    await stop();
  }
}

await main();
