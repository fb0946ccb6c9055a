// Liveness (/api/health: the process answers, and says how the database is) and readiness
// (/api/ready: the database answers).
import { Router } from 'express';
import type { AnalystRunner } from '../graph/analyst-pool';
import { readCounts } from '../graph/graph-service';
import type { QueryRunner } from '../neo4j/query-runner';
import type { DatabaseState, DatabaseStatus } from '../neo4j/supervisor';

/** How long /api/health waits for a database without supervision to answer `RETURN 1`. */
const PROBE_MS = 2000;

async function probe(gateway: QueryRunner): Promise<DatabaseState | 'unreachable'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'unreachable'>((done) => {
    timer = setTimeout(() => done('unreachable'), PROBE_MS);
  });
  const answered = gateway.run('ping').then(
    () => 'up' as const,
    () => 'unreachable' as const,
  );
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/api/health` always answers 200 while the process runs (a restart of the app would not
 * help): `status` is `ok`, or `degraded` with `database` saying `restarting`, `down` or
 * `unreachable`. `/api/ready` answers 200 with counts only when the database does (the
 * database gate turns it into a 503 during a restart).
 */
export function healthRoutes(
  gateway: QueryRunner,
  status?: DatabaseStatus,
  analyst?: AnalystRunner,
): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const database = status ? status.state() : await probe(gateway);
    res.json({
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      ...(status ? { restarts: status.restarts() } : {}),
      ...(analyst ? { analystQueries: { running: analyst.running, limit: analyst.size } } : {}),
    });
  });
  router.get('/ready', async (_req, res) => {
    const { entities, sources, facts } = await readCounts(gateway);
    const counts = { entities, sources, facts };
    res.json({ status: 'ready', database: gateway.database, counts });
  });
  return router;
}
