// Liveness (/api/health: the process answers) and readiness (/api/ready: the database answers).
import { Router } from 'express';
import type { AnalystPool } from '../graph/analyst-pool';
import { readCounts } from '../graph/graph-service';
import type { Neo4jGateway } from '../neo4j/gateway';

export function healthRoutes(gateway: Neo4jGateway, analyst?: AnalystPool): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const analystQueries = analyst ? { running: analyst.running, limit: analyst.size } : undefined;
    res.json({ status: 'ok', ...(analystQueries ? { analystQueries } : {}) });
  });
  router.get('/ready', async (_req, res) => {
    const counts = await readCounts(gateway);
    res.json({ status: 'ready', database: gateway.database, counts });
  });
  return router;
}
