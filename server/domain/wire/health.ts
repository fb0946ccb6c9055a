// Wire shapes of the service answers: liveness, readiness and RFC 9457 problems.
import { z } from 'zod';
import type { Wire } from './readonly';

export const healthResponse = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['up', 'restarting', 'down', 'unreachable']),
    restarts: z.number().int().optional(),
    analystQueries: z
      .object({ running: z.number().int(), limit: z.number().int() })
      .optional()
      .describe('Analyst Cypher queries running now, and how many may run at once'),
  })
  .meta({
    id: 'Health',
    description: 'The process answers; `database` says whether Neo4j does, or is restarting',
  });
export type Health = Wire<typeof healthResponse>;

export const readyResponse = z
  .object({
    status: z.literal('ready'),
    database: z.string(),
    counts: z.object({ entities: z.number(), sources: z.number(), facts: z.number() }),
  })
  .meta({ id: 'Readiness' });
export type Readiness = Wire<typeof readyResponse>;

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    current: z
      .unknown()
      .optional()
      .describe('On a revision conflict (409): the record as stored now'),
    yours: z.unknown().optional().describe('On a revision conflict (409): what was sent'),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type ProblemDetails = Wire<typeof problem>;
