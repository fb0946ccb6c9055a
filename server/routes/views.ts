// Saved views: the explorer saves a view whose URL would be too long and links it by id.
import express, { Router } from 'express';
import { z } from 'zod';
import { readView, saveView } from '../graph/saved-views';
import { parseInput } from '../http/parse-input';
import { savedViewBody, savedViewParams } from '../http/query-schemas';
import type { QueryRunner } from '../neo4j/query-runner';

/** `POST /api/views` (save, answers the id) and `GET /api/views/:view` (the saved query). */
export function viewRoutes(gateway: QueryRunner): Router {
  const router = Router();
  router.post('/views', express.json({ limit: '64kb', type: () => true }), async (req, res) => {
    const { query } = parseInput(savedViewBody, req.body, 'body');
    res.json(await saveView(gateway, query));
  });
  router.get('/views/:view', async (req, res) => {
    const { view } = parseInput(savedViewParams, req.params, 'path');
    parseInput(z.strictObject({}), req.query, 'query');
    res.json(await readView(gateway, view));
  });
  return router;
}
