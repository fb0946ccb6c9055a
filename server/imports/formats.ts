// Turns an import request into a reader: its files (sized, named for provenance) and how to
// read each; label files are loaded here, and their problems stop the import early.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportProblem } from '../domain/api';
import { DEFAULT_ADMIN_CSV, idSpacesOf, readAdminCsv, type AdminCsvOptions } from './admin-csv';
import { readEdgeList } from './edge-list';
import { readFtm } from './ftm';
import { readLabelTable, readListTable } from './label-files';
import { cachedTables, readTriples, type TripleTables } from './triples';
import type { FormatReader, ImportRequest, InputFile } from './types';

/**
 * A file's name as recorded (provenance, problems): its base name, never the machine's path,
 * so the same file named by a relative or an absolute path is the same file.
 */
export function defaultLabel(path: string): string {
  return basename(path);
}

async function inputFile(
  path: string,
  holds: InputFile['holds'],
  label: (path: string) => string,
): Promise<InputFile | ImportProblem> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { file: label(path), line: 0, message: 'is not a file' };
    return { path, label: label(path), bytes: info.size, holds };
  } catch {
    return { file: label(path), line: 0, message: 'cannot be read (no such file?)' };
  }
}

export interface PreparedReader {
  readonly reader?: FormatReader;
  readonly problems: ImportProblem[];
  /** Whether an entity id may be defined twice (FtM fragments merge; CSV ids must be unique). */
  readonly duplicatesAllowed: boolean;
}

/** Checks the files exist, loads label tables, and returns the reader for the format. */
export async function prepareReader(
  request: ImportRequest,
  label: (path: string) => string = defaultLabel,
): Promise<PreparedReader> {
  const problems: ImportProblem[] = [];
  const files: InputFile[] = [];
  const add = async (paths: readonly string[], holds: InputFile['holds']): Promise<void> => {
    for (const path of paths) {
      const file = await inputFile(path, holds, label);
      if ('path' in file) files.push(file);
      else problems.push(file);
    }
  };
  switch (request.format) {
    case 'csv': {
      const options: AdminCsvOptions = {
        delimiter: request.delimiter ?? DEFAULT_ADMIN_CSV.delimiter,
        arrayDelimiter: request.arrayDelimiter ?? DEFAULT_ADMIN_CSV.arrayDelimiter,
        quote: request.quote ?? DEFAULT_ADMIN_CSV.quote,
        qualifyIds: false,
      };
      // `header.csv,part1.csv,part2.csv` is one input: a header file, then files without one.
      const addInputs = async (
        inputs: readonly string[],
        holds: InputFile['holds'],
      ): Promise<string[]> => {
        const headers: string[] = [];
        for (const input of inputs) {
          const [first = '', ...parts] = input.split(',');
          if (parts.length === 0) {
            await add([first], holds);
          } else {
            const header = await inputFile(first, holds, label);
            if (!('path' in header)) problems.push(header);
            for (const part of parts) {
              const file = await inputFile(part, holds, label);
              if ('path' in file) files.push({ ...file, header: first });
              else problems.push(file);
            }
          }
          headers.push(first);
        }
        return headers;
      };
      const headers = [
        ...(await addInputs(request.nodes, 'entities')),
        ...(await addInputs(request.relationships, 'facts')),
      ];
      const spaces = new Set<string>();
      if (problems.length === 0) {
        for (const path of headers) for (const s of await idSpacesOf(path, options)) spaces.add(s);
      }
      const csvOptions = { ...options, qualifyIds: spaces.size > 1 };
      if (request.nodes.length === 0) {
        problems.push({
          file: '(request)',
          line: 0,
          field: 'nodes',
          message: 'give at least one node file',
        });
      }
      return done(problems, false, files, (file, onBytes) =>
        readAdminCsv(file, csvOptions, onBytes),
      );
    }
    case 'edges':
      await add([request.file], 'facts');
      return done(problems, false, files, (file, onBytes) => readEdgeList(file, request, onBytes));
    case 'ftm':
      await add(request.entities, 'mixed');
      return done(problems, true, files, readFtm);
    case 'triples': {
      await add(request.triples, 'facts');
      const tables: { -readonly [K in keyof TripleTables]: TripleTables[K] } = {};
      const tableFiles = [
        ['relations', request.relations, readLabelTable],
        ['entityTypes', request.entityTypes, readListTable],
        ['typeNames', request.typeNames, readLabelTable],
      ] as const;
      for (const [key, path, read] of tableFiles) {
        if (path === undefined) continue;
        const file = await inputFile(path, 'facts', label);
        if (!('path' in file)) {
          problems.push(file);
          continue;
        }
        const loaded = await read(path, file.label);
        if (loaded.ok) Object.assign(tables, { [key]: loaded.table });
        else problems.push(loaded.problem);
      }
      const cached = cachedTables(tables);
      return done(problems, false, files, (file, onBytes) => readTriples(file, cached, onBytes));
    }
  }
}

function done(
  problems: ImportProblem[],
  duplicatesAllowed: boolean,
  files: InputFile[],
  read: FormatReader['read'],
): PreparedReader {
  if (files.length === 0 && problems.length === 0) {
    problems.push({ file: '(request)', line: 0, message: 'no files to import' });
  }
  return problems.length > 0
    ? { problems, duplicatesAllowed }
    : { reader: { files, read }, problems, duplicatesAllowed };
}
