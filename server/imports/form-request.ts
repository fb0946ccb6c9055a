// The app's upload form as an importer request: files by form field, options by name, checked
// against the format's definition (by-format/) so that each missing or extra part is named.
import { InvalidInputError } from '../errors';
import type { ImportSpec } from '../routes/imports';
import { formatDefinition, IMPORT_FORMATS } from './by-format';
import type { FormatInput } from './by-format/definition';
import type { ImportRequest } from './types';

/** Fields every format's form has besides its own. */
const COMMON_FIELDS = ['format', 'skipBad'];

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

type Detail = { path: string; message: string };

/** The uploaded files by role; unknown roles, missing and surplus files become details. */
function filesOf(spec: ImportSpec, format: string, details: Detail[]): Map<string, string[]> {
  const roles = formatDefinition(format)?.info.files ?? [];
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

/** The importer request for an uploaded form; throws InvalidInputError naming each bad field. */
export function requestOf(spec: ImportSpec): ImportRequest {
  const definition = formatDefinition(spec.format);
  if (!definition) {
    throw new InvalidInputError('Unknown import format', [
      { path: 'format', message: `must be one of ${IMPORT_FORMATS.join(', ')}` },
    ]);
  }
  const { info } = definition;
  const details: Detail[] = [];
  const files = filesOf(spec, info.name, details);
  const options = info.options.filter((o) => o.cliOnly !== true);
  const known = new Set([...COMMON_FIELDS, ...options.map((o) => o.field)]);
  for (const name of Object.keys(spec.fields)) {
    if (!known.has(name)) details.push({ path: name, message: `is not an option of ${info.name}` });
  }
  const input: FormatInput = {
    files: (field) => files.get(field) ?? [],
    text: (field) => (known.has(field) && spec.fields[field]) || undefined,
    list: (field) => {
      const columns = columnList(spec.fields[field] ?? '') ?? [];
      return columns.length > 0 ? columns : undefined;
    },
  };
  for (const broken of definition.check?.(input) ?? []) {
    details.push({ path: broken.field, message: broken.message });
  }
  for (const option of options) {
    const text = spec.fields[option.field];
    if (text === undefined) continue;
    if (option.list && columnList(text) === undefined) {
      details.push({ path: option.field, message: 'must be a JSON array of column names' });
    }
    if (option.char && text !== '' && text.length !== 1) {
      details.push({ path: option.field, message: 'must be one character' });
    }
  }
  if (details.length > 0) throw new InvalidInputError('The import form is incomplete', details);
  return definition.request(input);
}
