// Timeline, snapshot and changes: when things happened, the graph on a day, what changed.
import { Router } from 'express';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { readChanges } from '../graph/changes-service';
import { readSnapshot } from '../graph/snapshot-service';
import { readTimeline } from '../graph/timeline';
import { parseInput } from '../http/parse-input';
import { changesQuery, snapshotQuery, timelineQuery } from '../http/query-schemas';
import type { QueryRunner } from '../neo4j/query-runner';

/**
 * `/timeline`, `/changes` and `/snapshot` over the QueryRunner, with the app's fact types; each
 * takes `known` (as known on a day).
 */
export function timeRoutes(gateway: QueryRunner, factTypes: FactTypeRegistry): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    res.json(await readTimeline(gateway, parseInput(timelineQuery, req.query, 'query'), factTypes));
  });
  router.get('/changes', async (req, res) => {
    const { from, to, known } = parseInput(changesQuery, req.query, 'query');
    res.json(await readChanges(gateway, from, to, factTypes, known));
  });
  router.get('/snapshot', async (req, res) => {
    const { date, known } = parseInput(snapshotQuery, req.query, 'query');
    res.json(await readSnapshot(gateway, date, factTypes, known));
  });
  return router;
}
