// Wire shapes of the recorded imports (`GET /api/import-records`) and of undoing one
// (`POST /api/imports/{job}/undo`). Server and client use these types; OpenAPI reads the schemas.
import { z } from 'zod';
import type { Wire } from './readonly';

/**
 * How a recorded import stands: `running` in this app now; `interrupted` when it began writing
 * and never ended (the app or the importer was stopped, or it still runs in another process);
 * `completed` by a later run of the same files; `undone` once its facts were removed.
 */
export const importStatus = z
  .enum(['running', 'interrupted', 'finished', 'failed', 'completed', 'undone'])
  .describe(
    '`interrupted`: began writing and never ended (stopped, or still running in another process); `completed`: a later run of the same files finished it',
  );
export type ImportStatus = Wire<typeof importStatus>;

/**
 * One recorded import (from the CLI or the app): the files' names as recorded (provenance), the
 * Source id of each file (the facts it wrote cite these), ISO 8601 date-times, the entities and
 * facts written (so far, for one that did not finish), and the import that completed it.
 */
export const importRecord = z
  .object({
    id: z.string(),
    dataset: z.string(),
    format: z.string(),
    files: z.array(z.string()),
    sourceIds: z.array(z.string()).describe('The Source id of each file'),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    status: importStatus,
    rowsWritten: z.number().int().describe('Entities and facts written (so far)'),
    message: z.string().nullable(),
    completedBy: z.string().nullable(),
  })
  .meta({ id: 'ImportRecord', description: 'One recorded import (CLI or app)' });
export type ImportRecordSummary = Wire<typeof importRecord>;

/** The recorded imports, newest first (at most 100). */
export const importRecords = z
  .object({ imports: z.array(importRecord) })
  .meta({ id: 'ImportRecords', description: 'Recorded imports, newest first (at most 100)' });
export type ImportRecords = Wire<typeof importRecords>;

/** What undoing an import removed: its facts, and the entities only it wrote. */
export const importUndone = z
  .object({ id: z.string(), facts: z.number().int(), entities: z.number().int() })
  .meta({
    id: 'ImportUndone',
    description: 'What undoing an import removed: its facts, and the entities only it wrote',
  });
export type ImportUndone = Wire<typeof importUndone>;
