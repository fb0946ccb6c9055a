// The README's screenshots of the article's graph, made from the real app: its own embedded
// Neo4j loaded with data/*.json, the built client (`npm run build` first) in Debian's Chromium,
// a desktop view (1366×768, Gucci selected) and a phone view (375×812). `npm run screenshots`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config';
import { loadFiles } from '../../server/load/loader';
import { jsonFilesIn, readInputs } from '../../server/load/read-inputs';
import { DATA_DIR } from '../../server/load/seed';
import { validateFiles } from '../../server/load/validate';
import type { EmbeddedNeo4j } from '../../server/neo4j/embedded';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { serveApp } from '../support/http-app';
import { startBenchDatabase } from './bench-database';

/** Where the README's screenshots of the article's graph are written. */
export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'docs');

/** The screenshots this script makes: file name, viewport (CSS px) and the address opened. */
export const SHOTS = [
  { file: 'explorer-desktop.png', width: 1366, height: 768, path: '/?entity=gucci' },
  { file: 'explorer-phone.png', width: 375, height: 812, path: '/?entity=gucci' },
] as const;

async function shoot(gateway: Neo4jGateway): Promise<void> {
  const app = await serveApp({ gateway });
  const browser = await launchBrowser();
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const shot of SHOTS) {
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: 1,
      });
      await page.goto(`${app.url}${shot.path}`);
      await page.waitForSelector('#graph .node.selected');
      await page.waitForSelector('.story-section li');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
      await page.screenshot({ path: join(SCREENSHOT_DIR, shot.file) });
      console.log(`screenshot: docs/${shot.file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

const home = mkdtempSync(join(os.tmpdir(), 'brand-graph-screenshots-'));
let db: EmbeddedNeo4j | undefined;
try {
  const started = await startBenchDatabase(home, (line) => console.log(line));
  db = started.db;
  const validation = validateFiles(readInputs(jsonFilesIn(DATA_DIR)));
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  await loadFiles(started.gateway, validation.files);
  await shoot(started.gateway);
  await started.gateway.close();
} finally {
  await db?.stop();
  rmSync(home, { recursive: true, force: true });
}
