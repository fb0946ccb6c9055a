// The app's import action: the uploaded form becomes an importer request, checked before the
// job is queued (each missing or extra file named by its field), then run with progress.
import { basename } from 'node:path';
import type { ImportJob, ImportProblem } from '../domain/api';
import { InvalidInputError } from '../errors';
import type { Neo4jGateway } from '../neo4j/gateway';
import type { ImportConfig } from '../config';
import type { ImportOptions, ImportSpec } from '../routes/imports';
import { importFiles } from './import-files';
import { describeUnfinished, readImportRecord } from './import-record';
import { ImportJobStore } from './job-store';
import type { ImportRunner } from './jobs';
import { IMPORT_FORMATS, type ImportFormat, type ImportRequest } from './types';

interface FileRole {
  readonly field: string;
  readonly required: boolean;
  readonly multiple: boolean;
}

/** The files each format takes, by form field (the client's import panel uses the same names). */
export const FILE_ROLES: Readonly<Record<ImportFormat, readonly FileRole[]>> = {
  csv: [
    { field: 'nodes', required: true, multiple: true },
    { field: 'relationships', required: false, multiple: true },
  ],
  edges: [{ field: 'edges', required: true, multiple: false }],
  triples: [
    { field: 'triples', required: true, multiple: true },
    { field: 'relations', required: false, multiple: false },
    { field: 'entityTypes', required: false, multiple: false },
    { field: 'typeNames', required: false, multiple: false },
  ],
  ftm: [{ field: 'entities', required: true, multiple: true }],
};

/** Text fields each format reads besides its files. */
const OPTION_FIELDS: Readonly<Record<ImportFormat, readonly string[]>> = {
  csv: ['delimiter'],
  edges: [
    'source',
    'target',
    'type',
    'typeColumn',
    'date',
    'delimiter',
    'sourceName',
    'targetName',
    'sourceKind',
    'targetKind',
    'sourceAttributes',
    'targetAttributes',
    'ignore',
  ],
  triples: [],
  ftm: [],
};
const COMMON_FIELDS = ['format', 'skipBad'];
/** Edge-list fields that list columns: a JSON array of names, or one name. */
const LIST_FIELDS = ['sourceAttributes', 'targetAttributes', 'ignore'] as const;

/** A list field's columns, or undefined when it is neither a JSON array of names nor a name. */
export function columnList(text: string): string[] | undefined {
  if (!text.trimStart().startsWith('[')) return text === '' ? [] : [text];
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {
    // Not JSON: reported by the caller.
  }
  return undefined;
}

function isFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value);
}

type Detail = { path: string; message: string };

function filesOf(spec: ImportSpec, format: ImportFormat, details: Detail[]): Map<string, string[]> {
  const roles = FILE_ROLES[format];
  const byField = new Map<string, string[]>();
  for (const upload of spec.uploads) {
    const role = roles.find((r) => r.field === upload.field);
    if (!role) {
      details.push({
        path: `files.${upload.field}`,
        message: `is not a file that ${format} takes`,
      });
      continue;
    }
    byField.set(upload.field, [...(byField.get(upload.field) ?? []), upload.path]);
  }
  for (const role of roles) {
    const paths = byField.get(role.field) ?? [];
    if (role.required && paths.length === 0) {
      details.push({ path: `files.${role.field}`, message: 'is required' });
    }
    if (!role.multiple && paths.length > 1) {
      details.push({ path: `files.${role.field}`, message: 'takes one file' });
    }
  }
  return byField;
}

function checkFields(spec: ImportSpec, format: ImportFormat, details: Detail[]): void {
  const known = new Set([...COMMON_FIELDS, ...OPTION_FIELDS[format]]);
  for (const name of Object.keys(spec.fields)) {
    if (!known.has(name)) details.push({ path: name, message: `is not an option of ${format}` });
  }
  if (format === 'edges') {
    for (const name of ['source', 'target']) {
      if (!spec.fields[name])
        details.push({ path: name, message: 'names a column and is required' });
    }
    if (!spec.fields.type && !spec.fields.typeColumn) {
      details.push({ path: 'type', message: 'give a type column or one type for all rows' });
    }
    for (const name of LIST_FIELDS) {
      const text = spec.fields[name];
      if (text !== undefined && columnList(text) === undefined) {
        details.push({ path: name, message: 'must be a JSON array of column names' });
      }
    }
  }
  const delimiter = spec.fields.delimiter;
  if (delimiter !== undefined && delimiter !== '' && delimiter.length !== 1) {
    details.push({ path: 'delimiter', message: 'must be one character' });
  }
}

/** The importer request for an uploaded form; throws InvalidInputError naming each bad field. */
export function requestOf(spec: ImportSpec): ImportRequest {
  const details: Detail[] = [];
  if (!isFormat(spec.format)) {
    throw new InvalidInputError('Unknown import format', [
      { path: 'format', message: `must be one of ${IMPORT_FORMATS.join(', ')}` },
    ]);
  }
  const format = spec.format;
  const files = filesOf(spec, format, details);
  checkFields(spec, format, details);
  if (details.length > 0) throw new InvalidInputError('The import form is incomplete', details);
  const list = (field: string): string[] => files.get(field) ?? [];
  const one = (field: string): string | undefined => list(field)[0];
  const text = (name: string): string | undefined => spec.fields[name] || undefined;
  const optional = <T extends Record<string, unknown>>(entries: T): Partial<T> =>
    Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as Partial<T>;
  switch (format) {
    case 'csv':
      return {
        format,
        nodes: list('nodes'),
        relationships: list('relationships'),
        ...optional({ delimiter: text('delimiter') }),
      };
    case 'edges':
      return {
        format,
        file: one('edges') ?? '',
        source: text('source') ?? '',
        target: text('target') ?? '',
        ...optional({
          typeColumn: text('typeColumn'),
          type: text('type'),
          date: text('date'),
          delimiter: text('delimiter'),
          sourceName: text('sourceName'),
          targetName: text('targetName'),
          sourceKind: text('sourceKind'),
          targetKind: text('targetKind'),
          ...Object.fromEntries(
            LIST_FIELDS.map((name) => {
              const columns = columnList(spec.fields[name] ?? '') ?? [];
              return [name, columns.length > 0 ? columns : undefined];
            }),
          ),
        }),
      };
    case 'triples':
      return {
        format,
        triples: list('triples'),
        ...optional({
          relations: one('relations'),
          entityTypes: one('entityTypes'),
          typeNames: one('typeNames'),
        }),
      };
    case 'ftm':
      return { format, entities: list('entities') };
  }
}

/** Runs an uploaded import: provenance names the uploaded files, not their temporary copies. */
export function appImportRunner(gateway: Neo4jGateway): ImportRunner<ImportSpec> {
  return async (spec, report, jobId) => {
    const request = requestOf(spec);
    const names = new Map(spec.uploads.map((u) => [u.path, u.name]));
    const result = await importFiles(gateway, request, {
      skipBad: spec.fields.skipBad === 'on' || spec.fields.skipBad === 'true',
      fileLabel: (path) => names.get(path) ?? basename(path),
      onProgress: (p) => report(p),
      importId: jobId,
    });
    const problems: ImportProblem[] = result.problems.map((p) => ({
      ...p,
      file: names.get(p.file) ?? p.file,
    }));
    return { ...result, problems };
  };
}

/**
 * The app's import options from the configuration: off without an editor token. Jobs and
 * uploads live in `config.jobsDir`; call `store.recover()` before the app serves.
 */
export function appImports(gateway: Neo4jGateway, config: ImportConfig | undefined): ImportOptions {
  if (!config) return {};
  return {
    token: config.editorToken,
    store: new ImportJobStore(config.jobsDir),
    limits: { maxFileBytes: config.maxFileBytes, maxFiles: config.maxFiles },
    runner: appImportRunner(gateway),
    check: (spec) => void requestOf(spec),
    formats: IMPORT_FORMATS,
    recorded: (id) => recordedJob(gateway, id),
  };
}

/** A job of an earlier run of the app, from its import record; undefined when none. */
async function recordedJob(gateway: Neo4jGateway, id: string): Promise<ImportJob | undefined> {
  const record = await readImportRecord(gateway, id);
  if (!record) return undefined;
  const interrupted = record.status === 'running';
  const phase = record.status === 'failed' || interrupted ? 'failed' : 'done';
  const message = interrupted
    ? `Interrupted: the app stopped during this import. ${describeUnfinished(record)}`
    : (record.message ?? record.status);
  return {
    id,
    format: record.format,
    files: [...record.files],
    phase,
    progress: { phase, rows: 0, bytes: 0, totalBytes: 0, written: record.rowsWritten },
    createdAt: record.startedAt,
    ...(record.finishedAt ? { finishedAt: record.finishedAt } : {}),
    problems: [],
    message,
    interrupted,
  };
}
