// CSV records from lines (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes;
// the quote character can be another, as neo4j-admin's --quote allows),
// with the line and column where each field starts, for problems that point at the cell.
import type { Line } from './line-reader';

export interface CsvField {
  readonly value: string;
  /** 1-based column (character) where the field starts on its line. */
  readonly column: number;
  readonly line: number;
}

export interface CsvRecord {
  /** Line where the record starts. */
  readonly line: number;
  readonly fields: readonly CsvField[];
}

/** Why a record could not be read: an unclosed quote or stray characters after one. */
export interface CsvSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Longest record accepted (a missing closing quote must not swallow the rest of the file). */
const MAX_RECORD_CHARS = 1_000_000;

/**
 * Splits lines into records. A record that is not well formed yields a syntax error and
 * reading goes on with the next line.
 */
export async function* csvRecords(
  lines: AsyncIterable<Line>,
  delimiter: string,
  quote = '"',
): AsyncGenerator<CsvRecord | CsvSyntaxError> {
  let pending: { start: number; text: string; lines: Line[] } | undefined;
  for await (const line of lines) {
    if (pending) {
      pending.text += `\n${line.text}`;
      pending.lines.push(line);
    } else {
      if (line.text === '') continue;
      pending = { start: line.number, text: line.text, lines: [line] };
    }
    const parsed = parseRecord(pending.text, pending.lines, delimiter, quote);
    if (parsed === 'open') {
      if (pending.text.length > MAX_RECORD_CHARS) {
        yield { line: pending.start, column: 1, message: 'a quoted field is never closed' };
        pending = undefined;
      }
      continue;
    }
    yield 'message' in parsed ? parsed : { line: pending.start, fields: parsed.fields };
    pending = undefined;
  }
  if (pending) yield { line: pending.start, column: 1, message: 'a quoted field is never closed' };
}

/** Where offset `i` of a record that spans `lines` is: line number and column. */
function locate(lines: readonly Line[], i: number): { line: number; column: number } {
  let offset = i;
  for (const line of lines) {
    if (offset <= line.text.length) return { line: line.number, column: offset + 1 };
    offset -= line.text.length + 1;
  }
  const last = lines[lines.length - 1];
  return { line: last?.number ?? 1, column: 1 };
}

/** Parses one record's text, or says it continues on the next line (`open`). */
export function parseRecord(
  text: string,
  lines: readonly Line[],
  delimiter: string,
  quote = '"',
): { fields: CsvField[] } | CsvSyntaxError | 'open' {
  const fields: CsvField[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    let value = '';
    if (text[i] === quote) {
      i += 1;
      for (;;) {
        const close = text.indexOf(quote, i);
        if (close < 0) return 'open';
        value += text.slice(i, close);
        if (text[close + 1] === quote) {
          value += quote;
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      if (i < text.length && !text.startsWith(delimiter, i)) {
        return { ...locate(lines, i), message: `unexpected text after a closing quote` };
      }
    } else {
      const next = text.indexOf(delimiter, i);
      const end = next < 0 ? text.length : next;
      value = text.slice(i, end);
      i = end;
    }
    fields.push({ value, ...locate(lines, start) });
    if (i >= text.length) return { fields };
    i += delimiter.length;
    if (i === text.length) {
      fields.push({ value: '', ...locate(lines, i) });
      return { fields };
    }
  }
}
