// Beneficial Ownership Data Standard statements (BODS 0.2, 0.3, 0.4) as an import format: a
// file is read whole once (its statements joined into records) and its index kept for the
// importer's passes; an entity may be described again by another file, so ids may repeat.
import { IMPORT_FORMAT_INFO } from '../../domain/import-formats';
import { readBods } from '../bods';
import { indexBods, type BodsIndex } from '../bods-index';
import type { BodsRequest } from '../types';
import type { ImportFormatDefinition } from './definition';

/** BODS: one index per file, read once for the validation and the write passes. */
export const bodsFormat: ImportFormatDefinition<BodsRequest> = {
  info: IMPORT_FORMAT_INFO.bods,
  request: (input) => ({ format: 'bods', statements: [...input.files('statements')] }),
  async prepare(request, context) {
    await context.add(request.statements, 'mixed');
    const indexes = new Map<string, Promise<BodsIndex>>();
    const index = (path: string): Promise<BodsIndex> => {
      const known = indexes.get(path);
      if (known) return known;
      const built = indexBods(path);
      indexes.set(path, built);
      return built;
    };
    return { duplicatesAllowed: true, read: (file, onBytes) => readBods(file, onBytes, index) };
  },
};
