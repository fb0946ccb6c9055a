// One write transaction per fact: its two entities and the fact, as the importer writes them.
import { cypher } from '../../../server/neo4j/cypher-files';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { factQuery } from '../../../server/imports/fact-query';
import { sharedFactParams } from '../../../server/imports/write-pass';
import type { ImporterFact } from './importer-rows';

/** Writes the first `sample` of `facts` one transaction each; returns how many it wrote. */
export async function perRow(
  gateway: Neo4jGateway,
  facts: AsyncIterable<ImporterFact>,
  sample: number,
): Promise<number> {
  let n = 0;
  for await (const f of facts) {
    if (n >= sample) break;
    const props = Object.keys(f.fact.props ?? {});
    const query = factQuery(
      props.flatMap((k) => (k.startsWith('at') ? ['at' as const] : [])),
      Object.keys(f.fact.attributes ?? {}),
    );
    await gateway.writeTransaction(async (tx) => {
      await tx.run(cypher('import-implied-entities'), { rows: [f.subject, f.object] });
      await tx.run(query, { rows: [f.fact], ...sharedFactParams(f.source, f.file) });
    });
    n += 1;
  }
  return n;
}
