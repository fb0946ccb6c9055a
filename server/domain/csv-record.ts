// One CSV record's text split into fields (RFC 4180: quoted fields, doubled quotes, line breaks
// inside quotes; the quote character can be another, as neo4j-admin's --quote allows), with the line and column where each field starts. Pure: the server's
// streaming reader and the client's import preview read CSV by the same rules.

export interface CsvField {
  readonly value: string;
  /** 1-based column (character) where the field starts on its line. */
  readonly column: number;
  readonly line: number;
}

/** Why a record could not be read: an unclosed quote or stray characters after one. */
export interface CsvSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A line of the file: its 1-based number and its text without the line end. */
export interface CsvLine {
  readonly number: number;
  readonly text: string;
}

/** Where offset `i` of a record that spans `lines` is: line number and column. */
function locate(lines: readonly CsvLine[], i: number): { line: number; column: number } {
  let offset = i;
  for (const line of lines) {
    if (offset <= line.text.length) return { line: line.number, column: offset + 1 };
    offset -= line.text.length + 1;
  }
  const last = lines[lines.length - 1];
  return { line: last?.number ?? 1, column: 1 };
}

/** Parses one record's text, or says it continues on the next line (`open`); `quote` is `"` by default. */
export function parseRecord(
  text: string,
  lines: readonly CsvLine[],
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
