// Article analysis for editors: `POST /api/articles/analyse` reads the graph's entities and
// answers mentions, new names, dates and fact proposals. Nothing is written; accepting a
// proposal is the client's call to the authoring endpoints.
import express, { Router } from 'express';
import type { Editors } from '../config';
import { analyseArticleText } from '../graph/article-analysis';
import { requireEditor } from '../http/editor-auth';
import { parseInput } from '../http/parse-input';
import { articleAnalyseBody } from '../domain/wire/articles';
import type { QueryRunner } from '../neo4j/query-runner';

/**
 * `/api/articles/analyse`, for editors (`requireEditor`: 401 without a known editor's token,
 * 403 when the server has no editors and is read-only).
 */
export function articleRoutes(gateway: QueryRunner, editors: Editors): Router {
  const router = Router();
  const guard = requireEditor(editors);
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
