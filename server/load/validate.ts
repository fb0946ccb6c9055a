// Validates fact files as a whole before anything is written: syntax, shapes, ids, references.
import {
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser';
import type { FactFile } from '../domain/model';
import { cleanDeep } from '../domain/text-policy';
import { factFileSchema } from './file-format';
import { lineAndColumn, problemAt, type JsonPath, type Problem } from './problems';

export interface InputFile {
  /** The name shown in problems, e.g. `data/article.json`. */
  readonly name: string;
  readonly text: string;
}

export interface ValidFile {
  readonly name: string;
  /** The parsed file: the wire shape `FactFile` (the parser's output must fit it). */
  readonly data: FactFile;
}

/** A file whose syntax and shapes are valid; it keeps its text to locate later problems. */
export interface ParsedFile extends ValidFile {
  readonly text: string;
  readonly tree: JsonNode | undefined;
}

export type Validation =
  | { readonly ok: true; readonly files: readonly ParsedFile[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Entities and sources already in the database, which files may refer to. */
export interface KnownIds {
  readonly entities: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

const NONE: KnownIds = { entities: new Set(), sources: new Set() };

/** Stage 1, no database needed: JSON syntax and the shape of every file. */
export function parseFiles(inputs: readonly InputFile[]): Validation {
  const problems: Problem[] = [];
  const files: ParsedFile[] = [];
  for (const input of inputs) {
    const result = parseOne(input);
    if ('problems' in result) problems.push(...result.problems);
    else files.push(result);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}

/** Both stages: every problem in every file, or the files ready to load. */
export function validateFiles(inputs: readonly InputFile[], known: KnownIds = NONE): Validation {
  const parsed = parseFiles(inputs);
  if (!parsed.ok) return parsed;
  const problems = checkReferences(parsed.files, known);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}

function parseOne(input: InputFile): ParsedFile | { problems: Problem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(input.text, errors, {
    allowTrailingComma: false,
    disallowComments: true,
  });
  if (!tree) {
    return {
      problems: [{ file: input.name, path: '$', line: 1, column: 1, message: 'empty file' }],
    };
  }
  if (errors.length > 0) {
    return {
      problems: errors.slice(0, 5).map((e) => ({
        file: input.name,
        path: '$',
        ...lineAndColumn(input.text, e.offset),
        message: `malformed JSON: ${printParseErrorCode(e.error)}`,
      })),
    };
  }
  // The text policy (NFC, no controls but tab and line feed, ...) on every string of the file;
  // a file of printable ASCII without escapes that could hide a control has nothing to clean.
  const parsed: unknown = JSON.parse(input.text);
  const value = /[^\u0020-\u007E\t\n\r]|\\[ubfr]/.test(input.text) ? cleanDeep(parsed) : parsed;
  const result = factFileSchema.safeParse(value);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) =>
        problemAt(input.name, input.text, tree, issue.path as JsonPath, issue.message),
      ),
    };
  }
  return { name: input.name, text: input.text, tree, data: result.data };
}

/** Stage 2: duplicate ids across all files, and references to ids that exist nowhere. */
export function checkReferences(files: readonly ParsedFile[], known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const at = (f: ParsedFile, path: JsonPath, message: string): void => {
    problems.push(problemAt(f.name, f.text, f.tree, path, message));
  };
  const seen = new Map<string, string>();
  const firstSeen = (kind: string, id: string, where: string): string | undefined => {
    const key = `${kind}:${id}`;
    const before = seen.get(key);
    if (before === undefined) seen.set(key, where);
    return before;
  };
  const entities = new Set(known.entities);
  const sources = new Set(known.sources);
  for (const f of files) {
    const lists = [
      ['entity', 'entities', f.data.entities, entities],
      ['source', 'sources', f.data.sources, sources],
      ['fact', 'facts', f.data.facts, undefined],
    ] as const;
    for (const [kind, key, list, ids] of lists) {
      list.forEach((item, i) => {
        const before = firstSeen(kind, item.id, `${f.name} $.${key}[${i}]`);
        if (before !== undefined)
          at(f, [key, i, 'id'], `duplicate ${kind} id "${item.id}" (first at ${before})`);
        ids?.add(item.id);
      });
    }
  }
  const needEntity = (f: ParsedFile, path: JsonPath, ref: string): void => {
    if (!entities.has(ref)) at(f, path, `unknown entity "${ref}"`);
  };
  for (const f of files) {
    f.data.sources.forEach((s, i) => needEntity(f, ['sources', i, 'publisher'], s.publisher));
    f.data.facts.forEach((fact, i) => {
      needEntity(f, ['facts', i, 'subject'], fact.subject);
      needEntity(f, ['facts', i, 'object'], fact.object);
      fact.sources.forEach((c, j) => {
        const base = ['facts', i, 'sources', j] as const;
        if (!sources.has(c.source)) at(f, [...base, 'source'], `unknown source "${c.source}"`);
        if (c.via !== undefined) needEntity(f, [...base, 'via'], c.via);
        if (c.quote) needEntity(f, [...base, 'quote', 'speaker'], c.quote.speaker);
      });
    });
  }
  return problems;
}
