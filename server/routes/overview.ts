// The overview's companions: the ranked list of the biggest hubs and the communities view.
import { Router } from 'express';
import { z } from 'zod';
import { readCommunities, readCommunityMembers, readHubs } from '../graph/community-service';
import { communityParams } from '../http/query-schemas';
import { parseInput } from '../http/parse-input';
import type { QueryRunner } from '../neo4j/query-runner';

const noParameters = z.strictObject({});

/** `GET /api/hubs`, `GET /api/communities` and `GET /api/communities/:community`. */
export function overviewRoutes(gateway: QueryRunner): Router {
  const router = Router();
  router.get('/hubs', async (req, res) => {
    parseInput(noParameters, req.query, 'query');
    res.json(await readHubs(gateway));
  });
  router.get('/communities', async (req, res) => {
    parseInput(noParameters, req.query, 'query');
    res.json(await readCommunities(gateway));
  });
  router.get('/communities/:community', async (req, res) => {
    const { community } = parseInput(communityParams, req.params, 'path');
    parseInput(noParameters, req.query, 'query');
    res.json(await readCommunityMembers(gateway, community));
  });
  return router;
}
