// The common set-up of API tests: the article loaded into the test database, the app served.
import { afterAll, beforeAll } from 'vitest';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { loadBundledData, testGateway } from './database';
import { serveApp, type RunningApp } from './http-app';

export interface ArticleApp {
  readonly gateway: Neo4jGateway;
  readonly app: RunningApp;
}

/** Registers hooks that load the article and serve the app; read the fields inside tests. */
export function useArticleApp(): ArticleApp {
  const context = {} as { gateway: Neo4jGateway; app: RunningApp };
  beforeAll(async () => {
    context.gateway = testGateway();
    await loadBundledData(context.gateway);
    context.app = await serveApp({ gateway: context.gateway });
  });
  afterAll(async () => {
    await context.app.close();
    await context.gateway.close();
  });
  return context;
}
