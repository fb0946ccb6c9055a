// The small JSON lookup files that go with triples (relation names, entity types, type names).
// They are tables the importer looks names up in, so each is read whole (the triples stream).
import { readFile } from 'node:fs/promises';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ImportProblem } from '../domain/api';
import { lineAndColumn } from '../load/problems';

export type LabelTable = ReadonlyMap<string, string>;
export type ListTable = ReadonlyMap<string, readonly string[]>;

type Loaded<T> = { ok: true; table: T } | { ok: false; problem: ImportProblem };

async function readJsonObject(
  path: string,
  label: string,
): Promise<
  { ok: true; value: Record<string, unknown>; text: string } | { ok: false; problem: ImportProblem }
> {
  const text = await readFile(path, 'utf8');
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    const at = lineAndColumn(text, first.offset);
    const message = `not valid JSON (${printParseErrorCode(first.error)})`;
    return { ok: false, problem: { file: label, ...at, message } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problem: { file: label, line: 1, column: 1, message: 'must be a JSON object' },
    };
  }
  return { ok: true, value: value as Record<string, unknown>, text };
}

/** Where an entry's key is written, so the problem points at it. */
function problemAt(text: string, label: string, key: string, message: string): ImportProblem {
  const at = Math.max(0, text.indexOf(`${JSON.stringify(key)}:`));
  return { file: label, ...lineAndColumn(text, at), field: `$[${JSON.stringify(key)}]`, message };
}

/**
 * Names by id: `{ "P27": { "label": "country of citizenship" } }` or `{ "P27": "country of
 * citizenship" }` (CoDEx's relations.json and types.en.json).
 */
export async function readLabelTable(path: string, label: string): Promise<Loaded<LabelTable>> {
  const json = await readJsonObject(path, label);
  if (!json.ok) return json;
  const table = new Map<string, string>();
  for (const [key, entry] of Object.entries(json.value)) {
    const name =
      typeof entry === 'string'
        ? entry
        : entry !== null && typeof entry === 'object'
          ? (entry as { label?: unknown }).label
          : undefined;
    if (typeof name !== 'string') {
      return {
        ok: false,
        problem: problemAt(
          json.text,
          label,
          key,
          'must be a name or an object with a "label" text',
        ),
      };
    }
    // An empty name (CoDEx has one) leaves the id to stand for itself.
    if (name.trim() !== '') table.set(key, name.trim());
  }
  return { ok: true, table };
}

/** Lists by id: `{ "Q42": ["Q5"] }` (CoDEx's entity2types.json). */
export async function readListTable(path: string, label: string): Promise<Loaded<ListTable>> {
  const json = await readJsonObject(path, label);
  if (!json.ok) return json;
  const table = new Map<string, readonly string[]>();
  for (const [key, entry] of Object.entries(json.value)) {
    if (!Array.isArray(entry) || !entry.every((x): x is string => typeof x === 'string')) {
      return { ok: false, problem: problemAt(json.text, label, key, 'must be a list of type ids') };
    }
    table.set(key, entry);
  }
  return { ok: true, table };
}
