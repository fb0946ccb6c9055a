// Turns an import request into a reader: its files (sized, named for provenance) and how to
// read each, as the format's definition (by-format/) says; a problem with a file (a label file
// too) stops the import early.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportProblem } from '../domain/api';
import { formatDefinition } from './by-format';
import type { ReaderContext } from './by-format/definition';
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
  const context: ReaderContext = {
    problems,
    files,
    label,
    inputFile: (path, holds) => inputFile(path, holds, label),
    add: async (paths, holds) => {
      for (const path of paths) {
        const file = await inputFile(path, holds, label);
        if ('path' in file) files.push(file);
        else problems.push(file);
      }
    },
  };
  const definition = formatDefinition(request.format);
  if (!definition) throw new Error(`unknown import format "${request.format}"`);
  const { duplicatesAllowed, read } = await definition.prepare(request, context);
  return done(problems, duplicatesAllowed, files, read);
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
