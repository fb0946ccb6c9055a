// Liveness (/api/health: the process answers) and readiness (/api/ready: the database answers).
import { Router } from 'express';
import { readCounts } from '../graph/graph-service';
import type { Neo4jGateway } from '../neo4j/gateway';

export function healthRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const counts = await readCounts(gateway);
    res.json({ status: 'ready', database: gateway.database, counts });
  });
  return router;
}
