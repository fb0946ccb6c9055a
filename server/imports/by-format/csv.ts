// neo4j-admin import's CSV files as an import format: node and relationship inputs, where
// `header.csv,part1.csv,...` is one input whose header is in its own file.
import { IMPORT_FORMAT_INFO } from '../../domain/import-formats';
import { DEFAULT_ADMIN_CSV, idSpacesOf, readAdminCsv, type AdminCsvOptions } from '../admin-csv';
import type { CsvRequest, InputFile } from '../types';
import { defined, type ImportFormatDefinition, type ReaderContext } from './definition';

/** Adds each input (a file, or a header file and its parts); answers the header of each. */
async function addInputs(
  inputs: readonly string[],
  holds: InputFile['holds'],
  context: ReaderContext,
): Promise<string[]> {
  const headers: string[] = [];
  for (const input of inputs) {
    const [first = '', ...parts] = input.split(',');
    if (parts.length === 0) {
      await context.add([first], holds);
    } else {
      const header = await context.inputFile(first, holds);
      if (!('path' in header)) context.problems.push(header);
      for (const part of parts) {
        const file = await context.inputFile(part, holds);
        if ('path' in file) context.files.push({ ...file, header: first });
        else context.problems.push(file);
      }
    }
    headers.push(first);
  }
  return headers;
}

/** neo4j-admin CSV: ids qualified by their ID space when the files use more than one. */
export const csvFormat: ImportFormatDefinition<CsvRequest> = {
  info: IMPORT_FORMAT_INFO.csv,
  request: (input) => ({
    format: 'csv',
    nodes: [...input.files('nodes')],
    relationships: [...input.files('relationships')],
    ...defined({
      delimiter: input.text('delimiter'),
      arrayDelimiter: input.text('arrayDelimiter'),
      quote: input.text('quote'),
    }),
  }),
  async prepare(request, context) {
    const options: AdminCsvOptions = {
      delimiter: request.delimiter ?? DEFAULT_ADMIN_CSV.delimiter,
      arrayDelimiter: request.arrayDelimiter ?? DEFAULT_ADMIN_CSV.arrayDelimiter,
      quote: request.quote ?? DEFAULT_ADMIN_CSV.quote,
      qualifyIds: false,
    };
    const headers = [
      ...(await addInputs(request.nodes, 'entities', context)),
      ...(await addInputs(request.relationships, 'facts', context)),
    ];
    const spaces = new Set<string>();
    if (context.problems.length === 0) {
      for (const path of headers) for (const s of await idSpacesOf(path, options)) spaces.add(s);
    }
    const csvOptions = { ...options, qualifyIds: spaces.size > 1 };
    if (request.nodes.length === 0) {
      context.problems.push({
        file: '(request)',
        line: 0,
        field: 'nodes',
        message: 'give at least one node file',
      });
    }
    return {
      duplicatesAllowed: false,
      read: (file, onBytes) => readAdminCsv(file, csvOptions, onBytes),
    };
  },
};
