// Timeline and snapshot: when things happened, and the graph as it stood on a day.
import { Router } from 'express';
import { readSnapshot } from '../graph/snapshot-service';
import { readTimeline } from '../graph/timeline';
import { parseInput } from '../http/parse-input';
import { snapshotQuery, timelineQuery } from '../http/query-schemas';
import type { Neo4jGateway } from '../neo4j/gateway';

export function timeRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    res.json(await readTimeline(gateway, parseInput(timelineQuery, req.query, 'query')));
  });
  router.get('/snapshot', async (req, res) => {
    const { date } = parseInput(snapshotQuery, req.query, 'query');
    res.json(await readSnapshot(gateway, date));
  });
  return router;
}
