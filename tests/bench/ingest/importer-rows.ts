// What the importer writes for a request, row by row, for the benchmark's LOAD CSV file: every
// fact the validation pass lets through, with its two ends as the importer writes them.
import { cleanReader } from '../../../server/imports/clean-reader';
import { prepareReader } from '../../../server/imports/formats';
import { fileSourceId } from '../../../server/imports/ids';
import type { ImportRequest } from '../../../server/imports/types';
import { badKey, sweepFiles, validate } from '../../../server/imports/validate-pass';
import { factRow, impliedRow } from '../../../server/imports/write-pass';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';

type Row = Record<string, unknown>;

/** One fact as the importer writes it, its ends' rows, and the Source id it cites. */
export interface ImporterFact {
  readonly fact: Row;
  readonly subject: Row;
  readonly object: Row;
  readonly source: string;
  readonly file: string;
}

/**
 * The facts of `request` (facts-only formats: triples, edge lists) as the importer writes them,
 * bad rows left out, each file's Source id from the dataset's name (`dataset`). Validates
 * against `gateway` first; errors when a file cannot be read.
 */
export async function* importerFacts(
  gateway: Neo4jGateway,
  request: ImportRequest,
  dataset: string,
): AsyncGenerator<ImporterFact> {
  const prepared = await prepareReader(request);
  const reader = prepared.reader && cleanReader(prepared.reader);
  if (!reader)
    throw new Error(`cannot read ${request.format}: ${JSON.stringify(prepared.problems)}`);
  const validation = await validate(gateway, reader, {
    duplicatesAllowed: prepared.duplicatesAllowed,
    progress: () => undefined,
  });
  if (validation.fatal) throw new Error('a file cannot be read');
  for (const [index, file] of sweepFiles(reader.files, 'facts')) {
    const source = await fileSourceId(file.path, file.label, dataset);
    for await (const item of reader.read(file, () => undefined)) {
      if (item.kind !== 'fact' || validation.bad.has(badKey(index, item.line, 'fact'))) continue;
      const [s, o] = item.fact.implied;
      if (!s || !o) continue;
      yield {
        fact: factRow(item.fact, source, file.label),
        subject: impliedRow(s, file.label),
        object: impliedRow(o, file.label),
        source,
        file: file.label,
      };
    }
  }
}
