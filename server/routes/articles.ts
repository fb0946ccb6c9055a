// Article analysis for editors: `POST /api/articles/analyse` reads the graph's entities and
// answers mentions, new names, dates and fact proposals. Nothing is written; accepting a
// proposal is the client's call to the authoring endpoints.
import express, { Router } from 'express';
import { FeatureOffError } from '../errors';
import { analyseArticleText } from '../graph/article-analysis';
import { requireBearer } from '../http/bearer';
import { parseInput } from '../http/parse-input';
import { articleAnalyseBody } from '../domain/wire/articles';
import type { QueryRunner } from '../neo4j/query-runner';

/**
 * `/api/articles/analyse`, behind the editor token (`token`); without one the server is
 * read-only and the route answers 403.
 */
export function articleRoutes(gateway: QueryRunner, token: string | undefined): Router {
  const router = Router();
  const guard: express.RequestHandler =
    token === undefined
      ? () => {
          throw new FeatureOffError(
            'Article analysis is for editors: the server was started without EDITOR_TOKEN',
          );
        }
      : requireBearer(token, 'editor');
  router.post(
    '/articles/analyse',
    guard,
    express.json({ limit: '1mb', type: () => true }),
    async (req, res) => {
      const body = parseInput(articleAnalyseBody, req.body, 'body');
      res.json(await analyseArticleText(gateway, body));
    },
  );
  return router;
}
