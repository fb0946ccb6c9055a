// Wire shapes of time: a point as precise as its source, and a fact's time (`at`, `start`, `end`).
import { z } from 'zod';
import { PRECISIONS } from '../time';
import type { Wire } from './readonly';

/** A time as a source gives it: as precise as the source, never more. */
export const timePoint = z
  .object({
    date: z
      .string()
      .describe('ISO 8601 calendar date at the precision known: `2016`, `2016-04`, `2016-04-13`'),
    precision: z.enum(PRECISIONS),
    earliest: z
      .string()
      .optional()
      .describe('First possible day (YYYY-MM-DD); required for `approximate`'),
    latest: z
      .string()
      .optional()
      .describe('Last possible day (YYYY-MM-DD); required for `approximate`'),
    wording: z.string().optional().describe('The source\'s own wording, e.g. "mid-April"'),
    note: z.string().optional().describe('How a relative or vague wording was resolved'),
  })
  .meta({ id: 'TimePoint' });
export type TimePoint = Wire<typeof timePoint>;

/** When a fact happened (`at`, for events) or held (`start`/`end`, for states). */
export const factTime = z.object({
  at: timePoint.optional(),
  start: timePoint.optional(),
  end: timePoint.optional(),
});
export type FactTime = Wire<typeof factTime>;
