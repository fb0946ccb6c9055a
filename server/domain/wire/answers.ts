// Wire shapes of the API's read answers: search, entity, paths, timeline, snapshot, changes,
// schema, Cypher and saved views. Server and client use these types; OpenAPI reads the schemas.
import { z } from 'zod';
import { INTERVAL_STATES } from '../time';
import {
  entityAttributes,
  entityKind,
  factType,
  citation,
  graphEdge,
  serializedGraph,
  source,
} from './graph';
import type { Wire } from './readonly';
import { factTime, timePoint } from './time';

const sourcesById = z.record(z.string(), source);

/** One entity found by a search, with its score. */
export const searchHit = z.object({
  id: z.string(),
  kind: entityKind,
  name: z.string(),
  aliases: z.array(z.string()),
  summary: z.string(),
  score: z.number(),
});
export type SearchHit = Wire<typeof searchHit>;

export const searchResponse = z
  .object({ query: z.string(), results: z.array(searchHit) })
  .meta({ id: 'SearchResponse' });
export type SearchAnswer = Wire<typeof searchResponse>;

/** One fact of an entity, seen from it, in words. */
export const entityFact = z.object({
  fact: graphEdge,
  direction: z.enum(['out', 'in']),
  other: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  sentence: z.string(),
  conflictsWith: z
    .array(z.string())
    .describe('Facts about the same claim whose time or attributes disagree with this one'),
});
export type EntityFact = Wire<typeof entityFact>;

/** An entity, its facts and the sources they cite. */
export const entityResponse = z
  .object({
    entity: entityAttributes.extend({ id: z.string() }),
    facts: z.array(entityFact),
    sources: sourcesById,
  })
  .meta({ id: 'EntityResponse' });
export type EntityDetails = Wire<typeof entityResponse>;

/** A path between two entities, explained. */
export const explainedPath = z.object({
  nodes: z.array(z.string()).describe('Entity ids from `from` to `to`'),
  edges: z.array(z.string()).describe('Fact ids, one per hop'),
  sentences: z.array(z.string()),
  explanation: z.string(),
});
export type ExplainedPath = Wire<typeof explainedPath>;

export const pathsResponse = z
  .object({ paths: z.array(explainedPath), graph: serializedGraph })
  .meta({ id: 'PathsResponse' });
export type PathsAnswer = Wire<typeof pathsResponse>;

/** A dated event on the timeline: an event fact, or one end of a state fact. */
export const timelineEvent = z.object({
  id: z.string().describe('The fact id, with `:start` or `:end` for the ends of a state'),
  fact: z.string(),
  role: z.enum(['at', 'start', 'end']),
  type: factType,
  subject: z.string(),
  object: z.string(),
  time: timePoint,
  earliest: z.string().describe('First day the event may fall on'),
  latest: z.string().describe('Last day the event may fall on'),
  when: z.string().describe('The time in words at its own precision: "April 2016"'),
  sentence: z.string(),
  claim: z.string().optional(),
  sources: z.array(citation),
});
export type TimelineEvent = Wire<typeof timelineEvent>;

export const timelineResponse = z
  .object({
    events: z.array(timelineEvent),
    entities: z.record(z.string(), z.string()),
    sources: sourcesById,
  })
  .meta({ id: 'TimelineResponse' });
export type Timeline = Wire<typeof timelineResponse>;

/** A claim's state on a day, its facts combined. */
export const snapshotState = z.object({
  claim: z.string(),
  type: z.string(),
  subject: z.string(),
  object: z.string(),
  state: z.enum(INTERVAL_STATES),
  time: factTime.describe(
    "The claim's facts combined: a boundary one leaves unknown filled from another",
  ),
  facts: z.array(z.string()),
});
export type SnapshotState = Wire<typeof snapshotState>;

export const snapshotResponse = z
  .object({
    date: z.string(),
    active: z.array(snapshotState).describe('State facts surely in force on the day'),
    uncertain: z.array(snapshotState).describe('State facts whose start or end is too vague'),
    graph: serializedGraph,
  })
  .meta({ id: 'SnapshotResponse' });
export type Snapshot = Wire<typeof snapshotResponse>;

/** A state that began or ended between two days. */
export const changeItem = z.object({
  claim: z.string().describe('The claim key, or the fact id for a fact that stands alone'),
  change: z.enum(['began', 'ended']),
  type: z.string(),
  subject: z.string(),
  object: z.string(),
  time: timePoint,
  when: z.string(),
  certain: z.boolean().describe("False when the boundary's possible days straddle from or to"),
  sentence: z.string(),
  facts: z.array(z.string()),
  sources: z.array(z.string()),
});
export type ChangeItem = Wire<typeof changeItem>;

export const changesResponse = z
  .object({ from: z.string(), to: z.string(), changes: z.array(changeItem), sources: sourcesById })
  .meta({ id: 'ChangesResponse' });
export type Changes = Wire<typeof changesResponse>;

/** The entity kinds and fact types stored, with counts (fact types with their wording). */
export const schemaResponse = z
  .object({
    entityKinds: z.array(z.object({ kind: entityKind, count: z.number().int() })),
    factTypes: z.array(
      z.object({
        type: factType,
        count: z.number().int(),
        shape: z.enum(['event', 'state']),
        label: z.string(),
        verb: z.string(),
      }),
    ),
  })
  .meta({ id: 'SchemaResponse' });
export type SchemaAnswer = Wire<typeof schemaResponse>;

/** A bounded answer to an analyst's read-only Cypher. */
export const cypherResponse = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())),
    truncated: z.boolean(),
    note: z
      .string()
      .optional()
      .describe('Which bound cut the answer, e.g. "truncated at 1 MB" or "truncated at 1000 rows"'),
  })
  .meta({ id: 'CypherResponse' });
export type CypherAnswer = Wire<typeof cypherResponse>;

export const savedView = z
  .object({ id: z.string(), query: z.string().optional() })
  .meta({ id: 'SavedView', description: 'A view saved under a short id' });
export type SavedView = Wire<typeof savedView>;
