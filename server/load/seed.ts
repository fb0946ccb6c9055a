// On first start with an empty database, loads the files in data/ by itself.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { readCounts } from '../graph/graph-service';
import type { Neo4jGateway } from '../neo4j/gateway';
import { ensureSchema, loadFiles } from './loader';
import { migrate } from './migrations';
import { formatProblem } from './problems';
import { jsonFilesIn, readInputs } from './read-inputs';
import { validateFiles } from './validate';

export const DATA_DIR = join(PROJECT_ROOT, 'data');

/**
 * Creates the schema (retried on transient errors until `deadline`, epoch ms; see
 * `ensureSchema`), migrates stored data to the current shape (`migrations.ts`), then loads
 * data/*.json when no entity is stored yet; returns whether it loaded.
 */
export async function seedIfEmpty(
  gateway: Neo4jGateway,
  log: (line: string) => void,
  dir = DATA_DIR,
  deadline?: number,
): Promise<boolean> {
  await ensureSchema(gateway, deadline);
  const migrated = Object.entries(await migrate(gateway)).filter(([, n]) => n > 0);
  if (migrated.length > 0) {
    log(`Migrated stored data: ${migrated.map(([name, n]) => `${name} ${n}`).join(', ')}.`);
  }
  const counts = await readCounts(gateway);
  if (counts.entities > 0) {
    log(`Database holds ${counts.entities} entities and ${counts.facts} facts.`);
    return false;
  }
  const files = jsonFilesIn(dir);
  const validation = validateFiles(readInputs(files, PROJECT_ROOT));
  if (!validation.ok) {
    throw new Error(
      `The bundled data does not validate:\n${validation.problems.map(formatProblem).join('\n')}`,
    );
  }
  const report = await loadFiles(gateway, validation.files);
  log(
    `Empty database: loaded ${files.length} files from data/ ` +
      `(${report.entities.total} entities, ${report.sources.total} sources, ${report.facts.total} facts).`,
  );
  return true;
}
