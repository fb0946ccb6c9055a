// The scale benches' own embedded Neo4j: a fresh folder, a 2 GiB heap (BENCH_HEAP) and budgets
// that hold for imports of hundreds of thousands of facts.
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded';
import { Neo4jGateway } from '../../server/neo4j/gateway';

/** The database the benches write to. */
export const BENCH_DATABASE = 'neo4j';

/**
 * Starts an embedded Neo4j in `home` (Bolt on a free loopback port; heap BENCH_HEAP or 2g;
 * 512 MiB page cache; 10-minute transactions) and a gateway that has answered once. `log`
 * hears the launcher's lines. Errors: the start's own (ReadyTimeoutError and the like); the
 * database is stopped again when the gateway never answers.
 */
export async function startBenchDatabase(
  home: string,
  log: (line: string) => void,
): Promise<{ db: EmbeddedNeo4j; gateway: Neo4jGateway }> {
  const db = await startEmbeddedNeo4j(
    {
      mode: 'embedded',
      home,
      boltPort: 0,
      heap: process.env.BENCH_HEAP ?? '2g',
      pageCacheBytes: 512 * 2 ** 20,
      database: BENCH_DATABASE,
    },
    {
      txTimeoutMs: 600000,
      startTimeoutMs: Number(process.env.BENCH_START_TIMEOUT_S ?? 900) * 1000,
      log,
    },
  );
  const gateway = Neo4jGateway.connect({
    uri: db.uri,
    username: db.username,
    password: db.password,
    database: BENCH_DATABASE,
    txTimeoutMs: 600000,
  });
  try {
    await gateway.waitUntilReady(30000);
  } catch (error) {
    await gateway.close().catch(() => undefined);
    await db.stop();
    throw error;
  }
  return { db, gateway };
}
