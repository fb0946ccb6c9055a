// Timeline, snapshot and changes: when things happened, the graph on a day, what changed.
import { Router } from 'express';
import { readChanges } from '../graph/changes-service';
import { readSnapshot } from '../graph/snapshot-service';
import { readTimeline } from '../graph/timeline';
import { parseInput } from '../http/parse-input';
import { changesQuery, snapshotQuery, timelineQuery } from '../http/query-schemas';
import type { QueryRunner } from '../neo4j/query-runner';

/** `/timeline`, `/changes` and `/snapshot` over the QueryRunner. */
export function timeRoutes(gateway: QueryRunner): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    res.json(await readTimeline(gateway, parseInput(timelineQuery, req.query, 'query')));
  });
  router.get('/changes', async (req, res) => {
    const { from, to } = parseInput(changesQuery, req.query, 'query');
    res.json(await readChanges(gateway, from, to));
  });
  router.get('/snapshot', async (req, res) => {
    const { date } = parseInput(snapshotQuery, req.query, 'query');
    res.json(await readSnapshot(gateway, date));
  });
  return router;
}
