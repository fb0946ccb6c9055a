// Named, idempotent migrations of stored data, run on every start after the schema: each finds
// what an earlier version stored in an older shape and rewrites it; on current data it changes
// nothing. Large graphs are migrated in batches, each its own transaction.
import type { Citation } from '../domain/model';
import { citationListProperties } from '../domain/fact-record';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';
import { asText } from '../neo4j/to-plain';

/** Relationships or nodes rewritten per transaction. */
const BATCH = 10_000;
const TIMEOUT_MS = 300_000;

/** What each migration changed, by name (0 on data that is already current). */
export type MigrationReport = Record<MigrationName, number>;
export type MigrationName = 'kind-names' | 'fact-dates' | 'fact-citations' | 'revision-ends';

/** Runs a single-statement migration batch after batch until a batch changes nothing. */
async function inBatches(batch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const changed = await batch();
    total += changed;
    if (changed === 0) return total;
  }
}

async function changedBy(gateway: Neo4jGateway, query: string, params = {}): Promise<number> {
  const rows = await gateway.writeTransaction((tx) => tx.run(query, params), TIMEOUT_MS);
  return Number(rows[0]?.changed ?? 0);
}

/** Citations JSON (as stored) to the parallel lists; text that is no list gives empty lists. */
function listsOf(json: string): Record<string, string[]> {
  const parsed: unknown = JSON.parse(json);
  return citationListProperties(Array.isArray(parsed) ? (parsed as Citation[]) : []);
}

/**
 * Brings stored data to the current shape: `Organisation` entities relabelled `Organization`
 * (migrate-kind-names.cypher), text time bounds made DATE values (migrate-fact-dates.cypher),
 * JSON-only citations given their parallel lists (migrate-fact-citations.cypher), fact
 * revisions given the ends of their `before` (migrate-revision-ends.cypher).
 */
export async function migrate(gateway: Neo4jGateway): Promise<MigrationReport> {
  const kindNames = await changedBy(gateway, cypher('migrate-kind-names'));
  const factDates = await inBatches(() =>
    changedBy(gateway, cypher('migrate-fact-dates'), { batch: BATCH }),
  );
  const factCitations = await inBatches(async () => {
    const pending = await gateway.read(cypher('pending-citation-lists'), { batch: BATCH });
    if (pending.length === 0) return 0;
    const rows = pending.map((r) => ({
      elementId: asText(r.elementId),
      lists: listsOf(asText(r.citations)),
    }));
    // A batch whose facts vanished meanwhile changes none: it stops instead of reading again.
    return changedBy(gateway, cypher('migrate-fact-citations'), { rows });
  });
  const revisionEnds = await inBatches(() =>
    changedBy(gateway, cypher('migrate-revision-ends'), { batch: BATCH }),
  );
  return {
    'kind-names': kindNames,
    'fact-dates': factDates,
    'fact-citations': factCitations,
    'revision-ends': revisionEnds,
  };
}
