// POST /api/cypher: read-only Cypher for analysts, guarded in layers (see graph/analyst-query).
import express, { Router } from 'express';
import { UnsupportedMediaTypeError } from '../errors';
import { runAnalystQuery } from '../graph/analyst-query';
import { parseInput } from '../http/parse-input';
import { cypherBody } from '../http/query-schemas';
import type { Neo4jGateway } from '../neo4j/gateway';

export function cypherRoutes(gateway: Neo4jGateway, timeoutMs: number): Router {
  const router = Router();
  router.post('/cypher', express.json({ limit: '32kb', type: () => true }), async (req, res) => {
    const body = parseInput(cypherBody, req.body, 'body');
    res.json(await runAnalystQuery(gateway, body.query, body.params, body.limit, timeoutMs));
  });
  return router;
}

/** Refuses bodies that are not JSON before they are read (file uploads to /imports aside). */
export const requireJson: express.RequestHandler = (req, _res, next) => {
  if (req.method === 'POST' && req.path === '/imports' && req.is('multipart/form-data')) {
    next();
    return;
  }
  if (req.method === 'POST' && !req.is('application/json')) {
    next(new UnsupportedMediaTypeError('Send the body as application/json'));
    return;
  }
  next();
};
