// The ingest benchmark's datasets: all of CoDEx-M (when ../shared is there) and a generated
// acquisitions edge list (hubs, repeated rows, self-acquisitions skipped as bad rows).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../server/config';
import type { ImportRequest } from '../../../server/imports/types';
import { generateAcquisitions } from '../generate-acquisitions';

const CODEX = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'codex-m');

/** One dataset: the request, a smaller one for the warm-up, the import's options. */
export interface IngestDataset {
  readonly name: string;
  readonly request: ImportRequest;
  readonly warmUp: ImportRequest;
  readonly dataset: string;
  readonly skipBad: boolean;
}

function codex(files: readonly string[]): ImportRequest {
  return {
    format: 'triples',
    triples: files.map((f) => join(CODEX, f)),
    relations: join(CODEX, 'relations.json'),
    entityTypes: join(CODEX, 'entity2types.json'),
    typeNames: join(CODEX, 'types.en.json'),
  };
}

function acquisitions(file: string): ImportRequest {
  return {
    format: 'edges',
    file,
    source: 'acquirer_permalink',
    target: 'company_permalink',
    type: 'acquired',
    date: 'acquired_at',
  };
}

/**
 * The datasets by name (`codex-m`, `acquisitions`), generated files written into `dir`;
 * CoDEx-M is left out (with a line on the console) when ../shared is absent.
 */
export function ingestDatasets(dir: string, acquisitionRows: number): IngestDataset[] {
  const out: IngestDataset[] = [];
  if (existsSync(join(CODEX, 'train.txt'))) {
    out.push({
      name: 'CoDEx-M',
      request: codex(['train.txt', 'valid.txt', 'test.txt']),
      warmUp: codex(['valid.txt']),
      dataset: 'CoDEx-M (Wikidata)',
      skipBad: false,
    });
  } else console.log(`CoDEx-M not found in ${CODEX}: skipped.`);
  const full = join(dir, 'acquisitions.csv');
  const small = join(dir, 'acquisitions-warm-up.csv');
  writeFileSync(full, generateAcquisitions({ rows: acquisitionRows, hubs: 300, seed: 7 }));
  writeFileSync(small, generateAcquisitions({ rows: 2000, hubs: 300, seed: 8 }));
  out.push({
    name: `acquisitions (${acquisitionRows.toLocaleString('en')} rows)`,
    request: acquisitions(full),
    warmUp: acquisitions(small),
    dataset: 'Generated acquisitions',
    skipBad: true,
  });
  return out;
}
