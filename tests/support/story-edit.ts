// Edits one fact of the bundled data through the loader (as `npm run load` would), for tests that
// check a published story keeps what it pinned.
import { loadFiles } from '../../server/load/loader';
import { jsonFilesIn, readInputs } from '../../server/load/read-inputs';
import { DATA_DIR } from '../../server/load/seed';
import { validateFiles } from '../../server/load/validate';
import type { Neo4jGateway } from '../../server/neo4j/gateway';

type Json = Record<string, unknown>;

/**
 * Loads the bundled files again with fact `factId` changed by `edit` (which gets the fact as
 * written in the file and returns the new one). Throws when the fact is not in the files or the
 * edited files do not validate.
 */
export async function loadWithEditedFact(
  gateway: Neo4jGateway,
  factId: string,
  edit: (fact: Json) => Json,
): Promise<void> {
  const holds = (text: string): boolean =>
    ((JSON.parse(text) as { facts?: Json[] }).facts ?? []).some((f) => f.id === factId);
  const inputs = readInputs(jsonFilesIn(DATA_DIR)).map((file) => {
    if (!holds(file.text)) return file;
    const data = JSON.parse(file.text) as { facts: Json[] };
    data.facts = data.facts.map((f) => (f.id === factId ? edit(f) : f));
    return { ...file, text: JSON.stringify(data, null, 2) };
  });
  if (!inputs.some((f) => holds(f.text))) throw new Error(`No fact ${factId} in the bundled data`);
  const validation = validateFiles(inputs);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  await loadFiles(gateway, validation.files);
}
