// The first rows of a CSV file read in the browser with the importer's own rules
// (server/domain/csv-record.ts), for the import panel's column mapping.
import { parseRecord, type CsvLine } from '../../../server/domain/csv-record';

/** How much of a file the preview reads: enough for a header and a few rows. */
export const PREVIEW_BYTES = 64 * 1024;

export interface CsvPreview {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Set when the start of the file is not CSV by these rules: what and where. */
  readonly problem?: string;
}

/**
 * The header and up to `maxRows` rows of `text` (the start of a file: a last line cut short is
 * dropped). Blank lines are skipped as the importer skips them; a record that spans lines is
 * joined; a byte-order mark is dropped.
 */
export function previewCsv(text: string, delimiter: string, maxRows: number): CsvPreview {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  // The text may stop inside a line: without a final line end, its last line is unsure.
  if (!/\n$/.test(text)) lines.pop();
  const records: string[][] = [];
  let pending: CsvLine[] = [];
  for (const [i, raw] of lines.entries()) {
    if (records.length > maxRows) break;
    if (pending.length === 0 && raw === '') continue;
    pending.push({ number: i + 1, text: raw });
    const parsed = parseRecord(pending.map((l) => l.text).join('\n'), pending, delimiter);
    if (parsed === 'open') continue;
    if ('message' in parsed) {
      return {
        header: records[0] ?? [],
        rows: records.slice(1),
        problem: `line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
      };
    }
    records.push(parsed.fields.map((f) => f.value));
    pending = [];
  }
  const [header = [], ...rows] = records;
  return { header: header.map((h) => h.trim()), rows: rows.slice(0, maxRows) };
}
