// Wire shapes of imports started from the app: a job, its phase, progress and problems.
import { z } from 'zod';
import type { Wire } from './readonly';

/** Where an import job is: waiting, checking the files, writing, or ended. */
export const importPhase = z.enum(['queued', 'validating', 'writing', 'done', 'failed']);
export type ImportPhase = Wire<typeof importPhase>;

/** How far a job has come in its phase. */
export const importProgress = z.object({
  phase: importPhase,
  rows: z.number().int().describe('Rows (lines, records) read so far in this phase'),
  bytes: z.number().int().describe('Bytes read so far in this phase, of totalBytes'),
  totalBytes: z.number().int(),
  written: z.number().int().describe('Entities and facts written so far'),
});
export type ImportProgress = Wire<typeof importProgress>;

/** A problem in an imported file: where (file, line, column, field) and what. */
export const importProblem = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int().optional(),
  field: z.string().optional(),
  message: z.string(),
});
export type ImportProblem = Wire<typeof importProblem>;

/** Whether the app takes imports, and which formats. */
export const importsInfo = z
  .object({ enabled: z.boolean(), formats: z.array(z.string()) })
  .meta({ id: 'ImportsInfo' });
export type ImportsInfo = Wire<typeof importsInfo>;

/** An import job started from the app, polled for progress. */
export const importJob = z
  .object({
    id: z.string(),
    format: z.string(),
    files: z.array(z.string()),
    phase: importPhase,
    progress: importProgress,
    createdAt: z.string(),
    finishedAt: z.string().optional(),
    summary: z
      .object({
        entities: z.number().int(),
        facts: z.number().int(),
        skipped: z.number().int(),
        merged: z
          .array(z.object({ file: z.string(), entities: z.number().int() }))
          .describe('Entities already known from other files, by file: merged, facts kept'),
      })
      .optional(),
    problems: z.array(importProblem).describe('The first problems found (at most 100)'),
    problemCount: z.number().int().optional(),
    message: z.string().optional(),
    interrupted: z
      .boolean()
      .optional()
      .describe('True for an import that began writing and never ended'),
  })
  .meta({
    id: 'ImportJob',
    description: 'An import job started from the app, polled for progress',
  });
export type ImportJob = Wire<typeof importJob>;
