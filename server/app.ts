// Builds the Express app (tests import this; main.ts listens on it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cors from 'cors';
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { PROJECT_ROOT } from './config';
import type { Editors } from './config';
import { analystGuard } from './embed/analyst-guard';
import { FactTypeRegistry } from './domain/fact-type-registry';
import { OPEN_EMBEDS, type EmbedConfig } from './embed/embed-config';
import { RateLimitedError } from './errors';
import { AnalystPool, type AnalystRunner } from './graph/analyst-pool';
import { databaseGate, outageErrors } from './http/database-gate';
import { notFound, problemHandler } from './http/problem';
import { Neo4jGateway } from './neo4j/gateway';
import { transactionOf, type QueryRunner } from './neo4j/query-runner';
import type { DatabaseStatus } from './neo4j/supervisor';
import { articleRoutes } from './routes/articles';
import { authoringRoutes } from './routes/authoring';
import { cypherRoutes, requireJson } from './routes/cypher';
import { viewRoutes } from './routes/views';
import { overviewRoutes } from './routes/overview';
import { docsRoutes } from './routes/docs';
import { embedApiRoutes, pageRoutes } from './routes/embed';
import { exploreRoutes } from './routes/explore';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { importRoutes, type ImportOptions } from './routes/imports';
import { mergeRoutes } from './routes/merges';
import { oembedRoutes } from './routes/oembed';
import { storyRoutes } from './routes/stories';
import { editorName, requireEditor } from './http/editor-auth';
import { timeRoutes } from './routes/time';

export const CLIENT_DIST = join(PROJECT_ROOT, 'dist', 'client');

/** What the app is built from: the database seam, its state, and the features' settings. */
export interface AppOptions {
  /** Where every service's named queries run (a Neo4jGateway; a recording fake in tests). */
  readonly gateway: QueryRunner;
  /**
   * The app's fact types (built-in plus those imports registered): services, imports and embeds
   * read it; `/api/schema`, snapshots and changes refresh it from the database. A new registry
   * (the built-in types) when not given; pass the same one to `appImports`.
   */
  readonly factTypes?: FactTypeRegistry;
  /**
   * Runs analyst queries (POST /api/cypher). By default worker threads that connect as
   * `gateway` does, which must then be a Neo4jGateway.
   */
  readonly analyst?: AnalystRunner;
  /**
   * The supervised embedded database's state: while it is not up, requests get a quick 503
   * with Retry-After. Without it (an external Neo4j), errors of the driver say so.
   */
  readonly database?: DatabaseStatus;
  /** Built client to serve; defaults to dist/client. */
  readonly clientDir?: string;
  readonly corsOrigins?: readonly string[];
  /** Requests per minute per client; 0 turns the limit off. */
  readonly rateLimitPerMinute?: number;
  readonly cypherTimeoutMs?: number;
  /** Analyst queries at once (each in its own worker with its own connections); more: 429. */
  readonly analystConcurrency?: number;
  /** Imports from the app; off (read-only) unless an editor token is configured. */
  readonly imports?: ImportOptions;
  /** Embeds and the analyst access mode (ANALYST_TOKEN, EMBED_SIGNING_KEY, EMBED_ORIGINS). */
  readonly embed?: EmbedConfig;
  /** Editor tokens to names (EDITOR_TOKENS, EDITOR_TOKEN); none: writes answer 403. */
  readonly editors?: Editors;
}

/** Builds the Express app: security headers, /api (limited, gated), /oembed, pages, problems. */
export function createApp({
  gateway,
  factTypes = new FactTypeRegistry(),
  analyst: analystRunner,
  database,
  clientDir = CLIENT_DIST,
  corsOrigins = [],
  rateLimitPerMinute = 600,
  cypherTimeoutMs = 5000,
  analystConcurrency = 2,
  imports = {},
  embed = OPEN_EMBEDS,
  editors = new Map(),
}: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );

  const api = express.Router();
  api.use(cors({ origin: corsOrigins.length > 0 ? [...corsOrigins] : false }));
  // One limiter for /api and /oembed: a client's requests count together.
  const limiter =
    rateLimitPerMinute > 0
      ? rateLimit({
          windowMs: 60000,
          limit: rateLimitPerMinute,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          handler: (_req, _res, next) => {
            next(new RateLimitedError('Too many requests: slow down and retry in a minute'));
          },
        })
      : undefined;
  if (limiter) api.use(limiter);
  api.use(requireJson);
  if (embed.analystToken !== undefined) api.use(analystGuard(embed.analystToken, editors));
  const analyst =
    analystRunner ??
    new AnalystPool(() => connectionOf(gateway), analystConcurrency, cypherTimeoutMs);
  if (database) api.use(databaseGate(database));
  // The explorer's hot reads first: each router before them is walked on every request.
  api.use(exploreRoutes(gateway, factTypes));
  api.use(healthRoutes(gateway, database, analyst));
  api.use(docsRoutes());
  api.use(graphRoutes(gateway, factTypes));
  api.use(overviewRoutes(gateway));
  api.use(timeRoutes(gateway, factTypes));
  api.use(cypherRoutes(analyst));
  api.use(viewRoutes(gateway));
  api.use(importRoutes(imports, gateway));
  api.use(authoringRoutes(gateway, editors, factTypes));
  api.use(articleRoutes(gateway, editors));
  api.use(
    mergeRoutes(gateway, {
      guard: requireEditor(editors),
      editorOf: editorName,
      transact: (work) => transactionOf(gateway)(work),
    }),
  );
  api.use(embedApiRoutes(gateway, embed, clientDir, factTypes));
  api.use(storyRoutes(gateway, embed, clientDir, factTypes, editors));
  api.use(notFound);
  app.use('/api', api);
  if (limiter) app.use('/oembed', limiter);
  app.use(oembedRoutes(gateway, embed));
  if (existsSync(clientDir)) {
    app.use(pageRoutes(embed, clientDir));
    app.use(express.static(clientDir, { index: 'index.html' }));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The client is not built: run `npm run build` (npm start does it for you).');
    });
  }
  if (database) app.use(outageErrors(database));
  app.use(problemHandler);
  return app;
}

/** How analyst workers connect: as the gateway did. Throws when the runner is not a gateway. */
function connectionOf(gateway: QueryRunner): Neo4jGateway['options'] {
  if (gateway instanceof Neo4jGateway) return gateway.options;
  throw new Error('Analyst queries need a Neo4jGateway or an `analyst` runner of their own');
}
