// Builds the Express app (tests import this; main.ts listens on it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { PROJECT_ROOT } from './config';
import { notFound, problemHandler } from './http/problem';
import type { Neo4jGateway } from './neo4j/gateway';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';

export const CLIENT_DIST = join(PROJECT_ROOT, 'dist', 'client');

export interface AppOptions {
  readonly gateway: Neo4jGateway;
  /** Built client to serve; defaults to dist/client. */
  readonly clientDir?: string;
}

export function createApp({ gateway, clientDir = CLIENT_DIST }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'self'",
    );
    next();
  });
  const api = express.Router();
  api.use(healthRoutes(gateway));
  api.use(graphRoutes(gateway));
  api.use(notFound);
  app.use('/api', api);
  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: 'index.html' }));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The client is not built: run `npm run build` (npm start does it for you).');
    });
  }
  app.use(problemHandler);
  return app;
}
