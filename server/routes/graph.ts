// GET /api/graph: the whole graph in the shared wire format.
import { Router } from 'express';
import { readWholeGraph } from '../graph/graph-service';
import type { Neo4jGateway } from '../neo4j/gateway';

export function graphRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/graph', async (_req, res) => {
    res.json(await readWholeGraph(gateway));
  });
  return router;
}
