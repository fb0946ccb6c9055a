// An import request from the app's upload form: the files by form field (import-panel.ts's
// ROLES) and the options it sends as JSON; a missing or wrong field is named in the error.
import { InvalidInputError } from '../errors';
import type { ImportRequest } from './types';
import { IMPORT_FORMATS } from './types';

/** An uploaded file: the form field it came in and where it was saved. */
export interface FormFile {
  readonly field: string;
  readonly path: string;
}

function fail(path: string, message: string): never {
  throw new InvalidInputError(`Import form: ${path} ${message}`, [{ path, message }]);
}

function text(options: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = options[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') fail(`options.${name}`, 'must be text');
  return value;
}

/**
 * Builds the request for `importFiles` from the form: `format`, files in the fields `nodes`,
 * `relationships` (csv), `edges` (edges), `triples`, `relations`, `entityTypes`, `typeNames`
 * (triples), `entities` (ftm), and options `source`, `target`, `type`, `typeColumn`, `date`,
 * `delimiter` (edges; `delimiter` for csv too).
 */
export function requestFromForm(
  format: string,
  files: readonly FormFile[],
  options: Readonly<Record<string, unknown>> = {},
): ImportRequest {
  const paths = (field: string): string[] =>
    files.filter((f) => f.field === field).map((f) => f.path);
  const one = (field: string, required: boolean): string | undefined => {
    const found = paths(field);
    if (found.length > 1) fail(field, 'takes one file');
    if (required && found.length === 0) fail(field, 'needs a file');
    return found[0];
  };
  const some = (field: string): string[] => {
    const found = paths(field);
    if (found.length === 0) fail(field, 'needs at least one file');
    return found;
  };
  const delimiter = text(options, 'delimiter');
  if (delimiter !== undefined && delimiter.length !== 1) {
    fail('options.delimiter', 'must be one character');
  }
  switch (format) {
    case 'csv':
      return {
        format,
        nodes: some('nodes'),
        relationships: paths('relationships'),
        ...(delimiter !== undefined ? { delimiter } : {}),
      };
    case 'edges': {
      const source = text(options, 'source') ?? fail('options.source', 'names no column');
      const target = text(options, 'target') ?? fail('options.target', 'names no column');
      const type = text(options, 'type');
      const typeColumn = text(options, 'typeColumn');
      if ((type === undefined) === (typeColumn === undefined)) {
        fail('options.type', 'give either one type for all rows or a type column (typeColumn)');
      }
      const date = text(options, 'date');
      return {
        format,
        file: one('edges', true) ?? '',
        source,
        target,
        ...(type !== undefined ? { type } : {}),
        ...(typeColumn !== undefined ? { typeColumn } : {}),
        ...(date !== undefined ? { date } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
      };
    }
    case 'triples': {
      const relations = one('relations', false);
      const entityTypes = one('entityTypes', false);
      const typeNames = one('typeNames', false);
      return {
        format,
        triples: some('triples'),
        ...(relations !== undefined ? { relations } : {}),
        ...(entityTypes !== undefined ? { entityTypes } : {}),
        ...(typeNames !== undefined ? { typeNames } : {}),
      };
    }
    case 'ftm':
      return { format, entities: some('entities') };
    default:
      return fail('format', `must be one of ${IMPORT_FORMATS.join(', ')}`);
  }
}
