// POST /api/cypher: read-only Cypher for analysts, guarded in layers (see graph/analyst-query):
// the text rules here, the plan check and the bounded read in an analyst worker.
import express, { Router } from 'express';
import { UnsupportedMediaTypeError } from '../errors';
import type { AnalystRunner } from '../graph/analyst-pool';
import { inUserText } from '../graph/analyst-positions';
import { PLAN_FAILED } from '../graph/analyst-query';
import { checkQueryText } from '../graph/analyst-rules';
import { EXPLAIN_PREFIX } from '../neo4j/gateway';
import { parseInput } from '../http/parse-input';
import { cypherBody } from '../http/query-schemas';

/** The analyst endpoint over its own pool of workers (429 with Retry-After when all are busy). */
export function cypherRoutes(analyst: AnalystRunner): Router {
  const router = Router();
  router.post('/cypher', express.json({ limit: '32kb', type: () => true }), async (req, res) => {
    const body = parseInput(cypherBody, req.body, 'body');
    const statement = checkQueryText(body.query);
    try {
      const answer = await analyst.run({ statement, params: body.params, limit: body.limit });
      res.type('application/json').send(answer);
    } catch (error) {
      // Positions in Neo4j's message count what the server sent: give them in the user's text.
      const planned = error instanceof Error && error.message.startsWith(PLAN_FAILED);
      throw inUserText(error, planned ? `${EXPLAIN_PREFIX}${statement}` : statement, body.query);
    }
  });
  return router;
}

/** The methods whose body must be JSON. */
const BODY_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);

/** Refuses bodies that are not JSON before they are read (uploads to /imports and undos aside). */
export const requireJson: express.RequestHandler = (req, _res, next) => {
  // Reads (GET, HEAD, OPTIONS, DELETE) carry no body to check: the hot path skips the tests below.
  if (!BODY_METHODS.has(req.method)) {
    next();
    return;
  }
  if (req.method === 'POST' && req.path === '/imports' && req.is('multipart/form-data')) {
    next();
    return;
  }
  // Undoing an import and publishing a story take no body (the id is in the path); undoing a
  // merge may take none.
  const undo = /^\/imports\/[^/]+\/undo$/.test(req.path);
  const publish = /^\/stories\/[^/]+\/publish$/.test(req.path);
  const empty = req.is('application/json') === null || req.get('content-length') === '0';
  const mergeUndo = /^\/merges\/[^/]+\/undo$/.test(req.path) && empty;
  if (req.method === 'POST' && (undo || publish || mergeUndo)) {
    next();
    return;
  }
  if (!req.is('application/json')) {
    next(new UnsupportedMediaTypeError('Send the body as application/json'));
    return;
  }
  next();
};
