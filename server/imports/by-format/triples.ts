// Tab-separated subject, predicate, object lines (CoDEx) as an import format, with optional
// label files for relations, entity types and type names.
import { IMPORT_FORMAT_INFO } from '../../domain/import-formats';
import { readLabelTable, readListTable } from '../label-files';
import { cachedTables, readTriples, type TripleTables } from '../triples';
import type { TriplesRequest } from '../types';
import { defined, type ImportFormatDefinition } from './definition';

/** Triples; their label files are loaded first, and a bad one stops the import early. */
export const triplesFormat: ImportFormatDefinition<TriplesRequest> = {
  info: IMPORT_FORMAT_INFO.triples,
  request: (input) => ({
    format: 'triples',
    triples: [...input.files('triples')],
    ...defined({
      relations: input.files('relations')[0],
      entityTypes: input.files('entityTypes')[0],
      typeNames: input.files('typeNames')[0],
    }),
  }),
  async prepare(request, context) {
    await context.add(request.triples, 'facts');
    const tables: { -readonly [K in keyof TripleTables]: TripleTables[K] } = {};
    const tableFiles = [
      ['relations', request.relations, readLabelTable],
      ['entityTypes', request.entityTypes, readListTable],
      ['typeNames', request.typeNames, readLabelTable],
    ] as const;
    for (const [key, path, read] of tableFiles) {
      if (path === undefined) continue;
      const file = await context.inputFile(path, 'facts');
      if (!('path' in file)) {
        context.problems.push(file);
        continue;
      }
      const loaded = await read(path, file.label);
      if (loaded.ok) Object.assign(tables, { [key]: loaded.table });
      else context.problems.push(loaded.problem);
    }
    const cached = cachedTables(tables);
    return {
      duplicatesAllowed: false,
      read: (file, onBytes) => readTriples(file, cached, onBytes),
    };
  },
};
