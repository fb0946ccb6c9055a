// Neo4j's syntax errors name a place in the text it was sent ("(line 2, column 5 (offset: 20))"
// and the line with a caret under it). The server sends more than the analyst typed (EXPLAIN in
// front, options rewritten, leading comments gone): these put the place back in the analyst's
// own text. Pure.
import { InvalidInputError } from '../errors';

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** Characters that `a` and `b` end with in common. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

/** 1-based line and column of a 0-based offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * `message` with its position (given in `sent`) moved into `own`, the text the user typed, of
 * which `sent` keeps the end unchanged; the quoted line and caret Neo4j adds follow. A position
 * in what the server added maps to the start of the user's statement.
 */
export function relocatePositions(message: string, sent: string, own: string): string {
  const match = POSITION.exec(message);
  if (!match) return message;
  const tail = commonSuffix(sent, own);
  const offset = Number(match[3]);
  const mapped = Math.max(0, offset - (sent.length - tail)) + (own.length - tail);
  const { line, column } = lineAndColumn(own, mapped);
  const lineText = own.split('\n')[line - 1] ?? '';
  const head = message.slice(0, match.index);
  const where = `(line ${line}, column ${column} (offset: ${mapped}))`;
  // Neo4j's context: the sent line in quotes, then a caret under the place.
  const rest = message.slice(match.index + match[0].length);
  const context = /^\n"[^\n]*"\n *\^/.exec(rest);
  const after = context ? rest.slice(context[0].length) : rest;
  const shown = context ? `\n"${lineText}"\n${' '.repeat(column)}^` : '';
  return `${head}${where}${shown}${after}`;
}

/**
 * An analyst query's InvalidInputError with its positions in the user's text (`own`), given the
 * text Neo4j received (`sent`); other errors as they are.
 */
export function inUserText(error: unknown, sent: string, own: string): unknown {
  if (!(error instanceof InvalidInputError)) return error;
  return new InvalidInputError(
    relocatePositions(error.message, sent, own),
    error.details.map((d) => ({ ...d, message: relocatePositions(d.message, sent, own) })),
  );
}
