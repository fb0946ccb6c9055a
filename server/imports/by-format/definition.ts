// What one import format defines: its description (files, options, words), the rules its input
// follows, the request it makes, and how its files are read. The CLI, the app's form and the
// importer read these definitions; none of them names a format itself.
import type { ImportProblem } from '../../domain/api';
import type { ImportFormatInfo } from '../../domain/import-formats';
import type { FormatReader, InputFile } from '../types';

/** A format's input, whichever front end read it (command line or form): files and options. */
export interface FormatInput {
  /** The files given for a role (form field), in order; empty when none. */
  files(field: string): readonly string[];
  /** An option's text; undefined when absent or empty. */
  text(field: string): string | undefined;
  /** A list option's names; undefined when absent or empty. */
  list(field: string): readonly string[] | undefined;
}

/** A rule of the format the input breaks: the field, words for the form and for the CLI. */
export interface InputProblem {
  readonly field: string;
  readonly message: string;
  /** The CLI's words, when the form's would not read well after `--flag`. */
  readonly cli?: string;
}

/** What a format's reader set-up works with: its files checked, its problems collected. */
export interface ReaderContext {
  readonly problems: ImportProblem[];
  readonly files: InputFile[];
  readonly label: (path: string) => string;
  /** Checks each path is a readable file and adds it (else a problem). */
  add(paths: readonly string[], holds: InputFile['holds']): Promise<void>;
  /** A readable file, or the problem that it is not. */
  inputFile(path: string, holds: InputFile['holds']): Promise<InputFile | ImportProblem>;
}

/** How a format's files are read, once they are all known. */
export interface PreparedRead {
  /** Whether an entity id may be defined twice (FtM fragments merge; CSV ids must be unique). */
  readonly duplicatesAllowed: boolean;
  readonly read: FormatReader['read'];
}

/** One import format: the one place that knows it. */
export interface ImportFormatDefinition<R extends { readonly format: string }> {
  readonly info: ImportFormatInfo<R['format']>;
  /** Rules beyond required files and option shapes (which every front end checks). */
  check?(input: FormatInput): InputProblem[];
  /** The importer request for a checked input. */
  request(input: FormatInput): R;
  /** Adds the request's files to `context` and says how to read them. */
  prepare(request: R, context: ReaderContext): Promise<PreparedRead>;
}

/** Copies the entries whose value is defined (optional request fields stay absent). */
export function defined<T extends Record<string, unknown>>(entries: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
