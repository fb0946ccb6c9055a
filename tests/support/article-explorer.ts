// The built explorer on the article's data, served to a Chromium: the set-up that browser tests
// of the first view, focus, stories and address errors share. Registers its own beforeAll and
// afterAll in the calling test file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CLIENT_DIST } from '../../server/app';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from './browser';
import { loadBundledData, testGateway } from './database';
import { serveApp, type RunningApp } from './http-app';

/** What a test reads once the set-up has run (reading before `beforeAll` throws). */
export interface ArticleExplorer {
  readonly gateway: Neo4jGateway;
  readonly app: RunningApp;
  readonly browser: Browser;
}

/**
 * Registers the set-up: checks `dist/client` is built (an Error says to run `npm run build`),
 * loads `data/*.json` into the test database, serves the app and launches Chromium; afterAll
 * closes all three. Returns getters for them.
 */
export function articleExplorer(): ArticleExplorer {
  let parts: ArticleExplorer | undefined;
  beforeAll(async () => {
    if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
      throw new Error('The client is not built: run `npm run build` first (npm test does).');
    }
    const gateway = testGateway();
    await loadBundledData(gateway);
    const app = await serveApp({ gateway });
    parts = { gateway, app, browser: await launchBrowser() };
  });
  afterAll(async () => {
    await parts?.browser.close();
    await parts?.app.close();
    await parts?.gateway.close();
  });
  const ready = (): ArticleExplorer => {
    if (!parts) throw new Error('articleExplorer() is read before its beforeAll ran');
    return parts;
  };
  return {
    get gateway() {
      return ready().gateway;
    },
    get app() {
      return ready().app;
    },
    get browser() {
      return ready().browser;
    },
  };
}
