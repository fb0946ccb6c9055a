// Merging duplicate entities and undoing it (editors only), and the suggested pairs (open).
import express, { Router, type RequestHandler, type Response } from 'express';
import { readMergeCandidates } from '../merging/candidates';
import { mergeEntities, undoMerge, type Transact } from '../merging/merges';
import { parseInput } from '../http/parse-input';
import {
  entityParams,
  mergeBody,
  mergeCandidatesQuery,
  mergeParams,
  undoMergeBody,
} from '../http/query-schemas';
import type { QueryRunner } from '../neo4j/query-runner';

/** Who may merge, and how a merge writes. */
export interface MergeRouteOptions {
  /** Refuses requests without an editor's token (401), or all when editing is off (403). */
  readonly guard: RequestHandler;
  /** The editor the guard found for the request. */
  readonly editorOf: (res: Response) => string;
  /** One write transaction over the app's runner. */
  readonly transact: Transact;
}

/**
 * `POST /entities/:id/merge`, `POST /merges/:merge/undo` (behind `guard`; the body is read only
 * after it) and `GET /merge-candidates`.
 */
export function mergeRoutes(gateway: QueryRunner, options: MergeRouteOptions): Router {
  const router = Router();
  const json = express.json({ limit: '16kb', type: () => true });
  router.get('/merge-candidates', async (req, res) => {
    const q = parseInput(mergeCandidatesQuery, req.query, 'query');
    res.json(await readMergeCandidates(gateway, q.limit, q.entity));
  });
  router.post('/entities/:id/merge', options.guard, json, async (req, res) => {
    const { id } = parseInput(entityParams, req.params, 'path');
    const body = parseInput(mergeBody, req.body ?? {}, 'body');
    res.json(
      await mergeEntities(options.transact, {
        into: id,
        from: body.from,
        revision: body.revision,
        comment: body.comment,
        editor: options.editorOf(res),
      }),
    );
  });
  router.post('/merges/:merge/undo', options.guard, json, async (req, res) => {
    const { merge } = parseInput(mergeParams, req.params, 'path');
    const body = parseInput(undoMergeBody, req.body ?? {}, 'body');
    res.json(await undoMerge(options.transact, merge, options.editorOf(res), body.comment));
  });
  return router;
}
