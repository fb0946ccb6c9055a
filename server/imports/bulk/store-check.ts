// Before a bulk import writes anything: the database must be the embedded one, and empty (no
// store yet, or a store without a node), and no other process may hold it.
import type { Config, EmbeddedNeo4jConfig } from '../../config';
import { EmbeddedNeo4jError } from '../../errors';
import { openDatabase } from '../../neo4j/connect';
import { cypher } from '../../neo4j/cypher-files';
import { hasStore } from './admin-tool';
import { BulkRefusal } from './csv-cells';

/** The refusal when another process holds the store (Neo4j's store lock). */
export function inUse(home: string): BulkRefusal {
  return new BulkRefusal(
    `the embedded database in ${home} is in use (is the app running on it?): stop it, then run the import again`,
  );
}

/** True when a start or tool failure is Neo4j's store lock (another process holds the store). */
export function isStoreLock(error: unknown): boolean {
  if (error instanceof EmbeddedNeo4jError && error.reason === 'store-locked') return true;
  return error instanceof Error && /store[- ]lock|FileLock|locked by another/i.test(error.message);
}

/**
 * The embedded database's settings when a bulk import may write into it; whether a store is
 * there already (empty: the tool replaces it). Starts Neo4j only when a store exists, to count
 * its nodes, and stops it again. Throws BulkRefusal saying why not and what to do.
 */
export async function checkEmptyStore(
  config: Config,
  log: (line: string) => void,
): Promise<{ neo4j: EmbeddedNeo4jConfig; overwrite: boolean }> {
  const neo4j = config.neo4j;
  if (neo4j.mode !== 'embedded') {
    throw new BulkRefusal(
      '--bulk writes the embedded database offline, but NEO4J_URI is set (an external Neo4j): run without --bulk',
    );
  }
  if (!hasStore(neo4j.home)) return { neo4j, overwrite: false };
  let nodes: number;
  try {
    const db = await openDatabase(config, log);
    try {
      const [row] = await db.gateway.read(cypher('bulk-store-nodes'));
      nodes = Number(row?.nodes ?? 0);
    } finally {
      await db.close();
    }
  } catch (error) {
    if (isStoreLock(error)) throw inUse(neo4j.home);
    throw error;
  }
  if (nodes > 0) {
    throw new BulkRefusal(
      `--bulk only imports into an empty database, and the one in ${neo4j.home} holds ` +
        `${nodes.toLocaleString('en')} nodes: run without --bulk, or set NEO4J_EMBEDDED_DATA to an empty folder`,
    );
  }
  return { neo4j, overwrite: true };
}
