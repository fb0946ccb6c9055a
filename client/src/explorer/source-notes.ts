// What the explorer says about a source whose import did not finish: read from the recorded
// imports (GET /api/import-records) and shown in the details of every fact citing it.
import type { ImportRecordSummary } from '../../../server/domain/api';
import { fetchImportRecords } from '../api';

/** One sentence on an import that did not finish: which files, when, how far it got. */
export function unfinishedNote(record: ImportRecordSummary): string {
  const rows = record.rowsWritten.toLocaleString('en');
  return (
    `The import of ${record.files.join(', ')} (${record.dataset}) did not finish: started ` +
    `${record.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${rows} entities and facts ` +
    'written, so what it brought is partial.'
  );
}

/** What to do about an import that did not finish, in words. */
export const UNFINISHED_ADVICE =
  'Run it again to complete: import the same files in the same format (what it wrote is ' +
  'merged, not doubled), or undo it to remove what it wrote.';

/** Notes by Source id, for the sources of imports that did not finish. */
export class SourceNotes {
  private notes = new Map<string, string>();

  /** Reads the recorded imports again; keeps the notes it had when they cannot be read. */
  async refresh(): Promise<void> {
    let records: ImportRecordSummary[];
    try {
      records = await fetchImportRecords();
    } catch {
      return;
    }
    this.notes = new Map(
      records
        .filter((r) => r.status === 'interrupted')
        .flatMap((r) => r.sourceIds.map((id): [string, string] => [id, unfinishedNote(r)])),
    );
  }

  /** The note for Source `id`, or undefined when its import finished (or it has none). */
  note(id: string): string | undefined {
    const note = this.notes.get(id);
    return note === undefined ? undefined : `${note} ${UNFINISHED_ADVICE}`;
  }
}
