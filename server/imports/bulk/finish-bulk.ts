// After neo4j-admin wrote the store: Neo4j started on it, the lists the tool cannot write
// filled, and what the normal import writes besides its batches, by the same functions: the
// schema, the fact types, the (:Import) record (begun, then finished with its revisions) and
// the files' (:Source) nodes (import-files.ts writes them the same way).
import neo4j from 'neo4j-driver';
import type { Config } from '../../config';
import type { FactTypeRegistry } from '../../domain/fact-type-registry';
import type { RegisteredFactType } from '../../graph/fact-types';
import { ensureSchema } from '../../load/loader';
import { openDatabase } from '../../neo4j/connect';
import { cypher } from '../../neo4j/cypher-files';
import type { Neo4jGateway } from '../../neo4j/gateway';
import { registerNewFactTypes } from '../import-files';
import { ImportRecorder } from '../import-record';
import type { Row } from '../write-rows';

/** Rows filled by one transaction of the fill queries. */
const FILL_BATCH = 10_000;
/** One fill transaction's limit (ms): a busy machine is slow, not wrong. */
const FILL_TIMEOUT_MS = 300_000;

/** What the bulk import records once the tool is done. */
export interface BulkFinish {
  readonly importId: string;
  readonly dataset: string;
  readonly format: string;
  /** The files' names and their Source ids, by index. */
  readonly labels: readonly string[];
  readonly sourceIds: readonly string[];
  /** Source rows the files carry (load-sources.cypher). */
  readonly sources: readonly Row[];
  readonly types: readonly RegisteredFactType[];
  readonly message: string;
  readonly rowsWritten: number;
  readonly factTypes?: FactTypeRegistry;
  readonly say: (line: string) => void;
}

/** Runs a fill query until it fills nothing; returns how many records it filled. */
async function fill(gateway: Neo4jGateway, name: 'bulk-fill-entities' | 'bulk-fill-facts') {
  let filled = 0;
  for (;;) {
    const [row] = await gateway.writeTransaction(
      (tx) => tx.run(cypher(name), { limit: neo4j.int(FILL_BATCH) }),
      FILL_TIMEOUT_MS,
    );
    const n = Number(row?.filled ?? 0);
    filled += n;
    if (n === 0) return filled;
  }
}

/** Starts Neo4j on the bulk-written store and writes the rest; stops it again. */
export async function finishBulk(config: Config, done: BulkFinish): Promise<void> {
  const db = await openDatabase(config, done.say);
  try {
    const { gateway } = db;
    done.say('Filling the lists neo4j-admin cannot write ...');
    await fill(gateway, 'bulk-fill-entities');
    await fill(gateway, 'bulk-fill-facts');
    done.say('Building the schema (constraints, full-text index) ...');
    await ensureSchema(gateway);
    await registerNewFactTypes(gateway, done.types, done.factTypes);
    const recorder = new ImportRecorder(gateway, done.importId);
    await recorder.begin(done.dataset, done.format, done.labels, done.sourceIds);
    const published = new Date().toISOString().slice(0, 10);
    for (const [i, label] of done.labels.entries()) {
      await gateway.write(cypher('import-source'), {
        id: done.sourceIds[i],
        title: label,
        publisher: done.dataset,
        file: label,
        published,
      });
    }
    if (done.sources.length > 0) {
      await gateway.writeTransaction((tx) =>
        tx.run(cypher('load-sources'), { rows: done.sources }),
      );
    }
    await gateway.awaitIndexes(config.readyTimeoutMs);
    await recorder.end('finished', done.message, done.rowsWritten);
  } finally {
    await db.close();
  }
}
