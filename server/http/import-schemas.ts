// Response schemas of the recorded imports (GET /api/import-records) and of undoing one, for
// the OpenAPI document (registered in zod's global registry by their ids).
import { z } from 'zod';

const importStatus = z
  .enum(['running', 'interrupted', 'finished', 'failed', 'completed', 'undone'])
  .describe(
    '`interrupted`: began writing and never ended (stopped, or still running in another process); `completed`: a later run of the same files finished it',
  );

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

export const importRecords = z
  .object({ imports: z.array(importRecord) })
  .meta({ id: 'ImportRecords', description: 'Recorded imports, newest first (at most 100)' });

export const importUndone = z
  .object({ id: z.string(), facts: z.number().int(), entities: z.number().int() })
  .meta({
    id: 'ImportUndone',
    description: 'What undoing an import removed: its facts, and the entities only it wrote',
  });
