// CSV records from lines (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes;
// the quote character can be another, as neo4j-admin's --quote allows),
// with the line and column where each field starts, for problems that point at the cell.
import { parseRecord, type CsvField, type CsvSyntaxError } from '../domain/csv-record';
import type { Line } from './line-reader';

export { parseRecord, type CsvField, type CsvSyntaxError };

export interface CsvRecord {
  /** Line where the record starts. */
  readonly line: number;
  readonly fields: readonly CsvField[];
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
