// GET /api/health: is the server up and does the database answer.
import { Router } from 'express';
import { readCounts } from '../graph/graph-service';
import type { Neo4jGateway } from '../neo4j/gateway';

export function healthRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const counts = await readCounts(gateway);
    res.json({ status: 'ok', database: gateway.database, counts });
  });
  return router;
}
