// A real-data test's set-up: the test database emptied, one dataset imported into it, the app
// served over it and Chromium launched; and the matching tear-down.
import type { Browser } from 'playwright-core';
import type { ImportResult } from '../../server/imports/types';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { launchBrowser } from '../support/browser';
import { clearDatabase, testGateway } from '../support/database';
import { serveApp, type RunningApp } from '../support/http-app';

/** What a real-data test drives: the gateway, the served app and the browser. */
export interface ImportedApp {
  readonly gateway: Neo4jGateway;
  readonly app: RunningApp;
  readonly browser: Browser;
}

/**
 * Empties the test database, runs `load` (an import into it), serves the app over it and
 * launches Chromium. Errors: the import's message when it did not succeed.
 */
export async function importedApp(
  load: (gateway: Neo4jGateway) => Promise<ImportResult>,
): Promise<ImportedApp> {
  const gateway = testGateway();
  await clearDatabase(gateway);
  const result = await load(gateway);
  if (!result.ok) throw new Error(result.message);
  const app = await serveApp({ gateway });
  const browser = await launchBrowser();
  return { gateway, app, browser };
}

/** Closes the browser, the app and the gateway, in that order. */
export async function closeImportedApp(opened: ImportedApp): Promise<void> {
  await opened.browser.close();
  await opened.app.close();
  await opened.gateway.close();
}
