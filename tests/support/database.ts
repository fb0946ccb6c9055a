// Helpers for integration tests: a gateway to the shared test Neo4j, resets, counts, checksums.
import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { readCounts, type Counts } from '../../server/graph/graph-service';
import { ensureSchema, loadFiles } from '../../server/load/loader';
import { jsonFilesIn, readInputs } from '../../server/load/read-inputs';
import { DATA_DIR } from '../../server/load/seed';
import { validateFiles } from '../../server/load/validate';
import { cypher } from '../../server/neo4j/cypher-files';
import { Neo4jGateway } from '../../server/neo4j/gateway';

export function testGateway(): Neo4jGateway {
  const db = inject('neo4j');
  return Neo4jGateway.connect({ ...db, txTimeoutMs: 60000 });
}

/** Environment that points the CLI and server at the test database. */
export function testDatabaseEnv(): Record<string, string> {
  const db = inject('neo4j');
  return {
    NEO4J_URI: db.uri,
    NEO4J_USERNAME: db.username,
    NEO4J_PASSWORD: db.password,
    NEO4J_DATABASE: db.database,
  };
}

export async function clearDatabase(gateway: Neo4jGateway): Promise<void> {
  await gateway.write('MATCH (n) DETACH DELETE n');
  await ensureSchema(gateway);
}

/**
 * Validates fact files (`{name, text}`, server/load/validate.ts) and loads them as the loader
 * does; throws with the problems when they are refused: a test's own fixtures must be valid.
 */
export async function loadTestFiles(
  gateway: Neo4jGateway,
  inputs: readonly { name: string; text: string }[],
): Promise<void> {
  const validation = validateFiles([...inputs]);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems.slice(0, 5)));
  await loadFiles(gateway, validation.files);
}

/** Empties the database and loads the bundled data/ files. */
export async function loadBundledData(gateway: Neo4jGateway): Promise<void> {
  await clearDatabase(gateway);
  await loadTestFiles(gateway, readInputs(jsonFilesIn(DATA_DIR)));
}

/** How many entities, sources and facts are stored (the three numbers only, not `datasets`). */
export async function counts(gateway: Neo4jGateway): Promise<Omit<Counts, 'datasets'>> {
  const { entities, sources, facts } = await readCounts(gateway);
  return { entities, sources, facts };
}

/** A digest of every node and relationship with all properties, independent of order. */
export async function checksum(gateway: Neo4jGateway): Promise<string> {
  const rows = await gateway.read(cypher('checksum'));
  const lines = rows.map((r) => JSON.stringify(sortKeys(r))).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
