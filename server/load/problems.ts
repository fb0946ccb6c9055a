// Problems found in input files: where (file, line, column, JSON path) and what, in plain words.
import { findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';
import type { ImportProblem } from '../domain/api';
import { formatImportProblem } from '../imports/report';

export type JsonPath = readonly (string | number)[];

/**
 * A problem in a data file: the importers' problem (`ImportProblem`: file, line, column, message),
 * always with a column, located by its JSON path such as `$.facts[3].time.at.date`.
 */
export type Problem = ImportProblem & { readonly path: string; readonly column: number };

/** Writes a JSON path the way jq and JSONPath do: `$.facts[3].time`. */
export function formatJsonPath(path: JsonPath): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return /^[A-Za-z_$][\w$]*$/.test(part) ? `${out}.${part}` : `${out}[${JSON.stringify(part)}]`;
  }, '$');
}

/** Line and column (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where a JSON path points in a parsed tree: the deepest node that exists along it. */
export function offsetOf(tree: JsonNode | undefined, path: JsonPath): number {
  if (!tree) return 0;
  for (let n = path.length; n >= 0; n -= 1) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) {
      // Point at the property's key where there is one, so the line reads naturally.
      const property = node.parent?.type === 'property' ? node.parent : undefined;
      return property && n === path.length ? property.offset : node.offset;
    }
  }
  return 0;
}

/**
 * A problem at a JSON path of a file, with the line and column (1-based) where that value starts.
 */
export function problemAt(
  file: string,
  text: string,
  tree: JsonNode | undefined,
  path: JsonPath,
  message: string,
): Problem {
  const { line, column } = lineAndColumn(text, offsetOf(tree, path));
  return { file, path: formatJsonPath(path), line, column, message };
}

/** One line per problem: `data/x.json:12:5 $.facts[0].type: must be one of ...`. */
export function formatProblem(p: Problem): string {
  return formatImportProblem({ ...p, field: p.path });
}
