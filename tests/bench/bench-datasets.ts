// The datasets the scale benches import, each into the gateway's database: the generated
// acquisitions list, and CoDEx-M and FtM donations from ../shared/datasets when they are there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config';
import { importFiles } from '../../server/imports/import-files';
import type { ImportResult } from '../../server/imports/types';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { importAcquisitions } from '../support/scale-flow';

const DATASETS = join(PROJECT_ROOT, '..', 'shared', 'datasets');
const CODEX = join(DATASETS, 'codex-m');
const FTM = join(DATASETS, 'ftm-donations', 'donations.ijson');

/**
 * Each dataset's import by name (`acquisitions`, `codex-m`, `ftm`); a function answers
 * `undefined` when its files are absent, so a bench can say the dataset was skipped.
 */
export const BENCH_IMPORTS: Readonly<
  Record<string, (g: Neo4jGateway) => Promise<ImportResult> | undefined>
> = {
  acquisitions: (g) => importAcquisitions(g),
  'codex-m': (g) =>
    existsSync(join(CODEX, 'train.txt'))
      ? importFiles(
          g,
          {
            format: 'triples',
            triples: ['train.txt', 'valid.txt', 'test.txt'].map((f) => join(CODEX, f)),
            relations: join(CODEX, 'relations.json'),
            entityTypes: join(CODEX, 'entity2types.json'),
            typeNames: join(CODEX, 'types.en.json'),
          },
          { dataset: 'CoDEx-M' },
        )
      : undefined,
  ftm: (g) =>
    existsSync(FTM)
      ? importFiles(g, { format: 'ftm', entities: [FTM] }, { dataset: 'FtM donations' })
      : undefined,
};
