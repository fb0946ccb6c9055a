// Response schemas: the shapes the API answers with, for the OpenAPI document and its tests.
import { z } from 'zod';
import { PRECISIONS } from '../domain/time';
import { ENTITY_KINDS, FACT_TYPE_PATTERN, SOURCE_KINDS } from '../domain/vocabulary';

const factType = z.string().regex(FACT_TYPE_PATTERN);
const kind = z.enum(ENTITY_KINDS);

export const timePoint = z
  .object({
    date: z.string(),
    precision: z.enum(PRECISIONS),
    earliest: z.string().optional(),
    latest: z.string().optional(),
    wording: z.string().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'TimePoint' });

const factTime = z.object({
  at: timePoint.optional(),
  start: timePoint.optional(),
  end: timePoint.optional(),
});

const citation = z.object({
  source: z.string(),
  via: z.string().optional(),
  quote: z.object({ text: z.string(), speaker: z.string() }).optional(),
  note: z.string().optional(),
});

const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const source = z
  .object({
    id: z.string(),
    kind: z.enum(SOURCE_KINDS),
    title: z.string(),
    publisher: z.string(),
    url: z.string().optional(),
    published: z.string(),
    author: z.string().optional(),
  })
  .meta({ id: 'Source' });

export const factAttributes = z
  .object({
    type: factType,
    time: factTime,
    attributes: z.record(z.string(), attributeValue),
    integers: z
      .array(z.string())
      .optional()
      .describe('Attributes stored as Neo4j INTEGER (decimal text beyond 2^53)'),
    claim: z.string().optional(),
    sources: z.array(citation),
  })
  .meta({ id: 'FactAttributes' });

export const graphEdge = z
  .object({ key: z.string(), source: z.string(), target: z.string(), attributes: factAttributes })
  .meta({ id: 'GraphEdge' });

export const entityAttributes = z.object({
  kind,
  name: z.string(),
  aliases: z.array(z.string()),
  summary: z.string().optional(),
  attributes: z
    .record(z.string(), attributeValue)
    .optional()
    .describe('Imported attributes (FtM properties, CSV property columns)'),
  integers: z
    .array(z.string())
    .optional()
    .describe('Attributes stored as Neo4j INTEGER (decimal text beyond 2^53)'),
  sourceType: z.string().optional().describe("The source's own type for an imported entity"),
  originalId: z.string().optional().describe('The id in the imported file, when it was changed'),
  labels: z.array(z.string()).optional().describe('Labels beyond Entity and the kind'),
  saidBy: z
    .record(
      z.string(),
      z.object({
        name: z.string().optional(),
        kind: z.string().optional(),
        summary: z.string().optional(),
        aliases: z.array(z.string()).optional(),
        attributes: z.record(z.string(), attributeValue).optional(),
      }),
    )
    .optional()
    .describe('What other files or datasets said of it that is not its own, by file'),
});

export const serializedGraph = z
  .object({
    attributes: z
      .object({
        name: z.string().optional(),
        sources: z.record(z.string(), source),
        truncated: z.boolean().optional(),
        total: z.object({ entities: z.number(), facts: z.number() }).optional(),
        hubs: z.array(z.string()).optional(),
        date: z.string().optional(),
      })
      .loose(),
    options: z.object({
      type: z.literal('directed'),
      multi: z.literal(true),
      allowSelfLoops: z.literal(false),
    }),
    nodes: z.array(z.object({ key: z.string(), attributes: entityAttributes })),
    edges: z.array(graphEdge),
  })
  .meta({ id: 'SerializedGraph', description: "graphology's serialized graph format" });

export const searchResponse = z
  .object({
    query: z.string(),
    results: z.array(
      z.object({
        id: z.string(),
        kind,
        name: z.string(),
        aliases: z.array(z.string()),
        summary: z.string(),
        score: z.number(),
      }),
    ),
  })
  .meta({ id: 'SearchResponse' });

export const entityResponse = z
  .object({
    entity: entityAttributes.extend({ id: z.string() }),
    facts: z.array(
      z.object({
        fact: graphEdge,
        direction: z.enum(['out', 'in']),
        other: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
        sentence: z.string(),
        conflictsWith: z.array(z.string()),
      }),
    ),
    sources: z.record(z.string(), source),
  })
  .meta({ id: 'EntityResponse' });

export const pathsResponse = z
  .object({
    paths: z.array(
      z.object({
        nodes: z.array(z.string()),
        edges: z.array(z.string()),
        sentences: z.array(z.string()),
        explanation: z.string(),
      }),
    ),
    graph: serializedGraph,
  })
  .meta({ id: 'PathsResponse' });

export const timelineResponse = z
  .object({
    events: z.array(
      z.object({
        id: z.string(),
        fact: z.string(),
        role: z.enum(['at', 'start', 'end']),
        type: factType,
        subject: z.string(),
        object: z.string(),
        time: timePoint,
        earliest: z.string(),
        latest: z.string(),
        when: z.string(),
        sentence: z.string(),
        claim: z.string().optional(),
        sources: z.array(citation),
      }),
    ),
    entities: z.record(z.string(), z.string()),
    sources: z.record(z.string(), source),
  })
  .meta({ id: 'TimelineResponse' });

const snapshotState = z.object({
  claim: z.string(),
  type: z.string(),
  subject: z.string(),
  object: z.string(),
  state: z.enum(['active', 'ended', 'not-started', 'uncertain']),
  time: factTime,
  facts: z.array(z.string()),
});

export const snapshotResponse = z
  .object({
    date: z.string(),
    active: z.array(snapshotState),
    uncertain: z.array(snapshotState),
    graph: serializedGraph,
  })
  .meta({ id: 'SnapshotResponse' });

export const changesResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    changes: z.array(
      z.object({
        claim: z.string(),
        change: z.enum(['began', 'ended']),
        type: z.string(),
        subject: z.string(),
        object: z.string(),
        time: timePoint,
        when: z.string(),
        certain: z.boolean(),
        sentence: z.string(),
        facts: z.array(z.string()),
        sources: z.array(z.string()),
      }),
    ),
    sources: z.record(z.string(), source),
  })
  .meta({ id: 'ChangesResponse' });

export const schemaResponse = z
  .object({
    entityKinds: z.array(z.object({ kind, count: z.number().int() })),
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

const importPhase = z.enum(['queued', 'validating', 'writing', 'done', 'failed']);

export const importsInfo = z
  .object({ enabled: z.boolean(), formats: z.array(z.string()) })
  .meta({ id: 'ImportsInfo' });

export const importJob = z
  .object({
    id: z.string(),
    format: z.string(),
    files: z.array(z.string()),
    phase: importPhase,
    progress: z.object({
      phase: importPhase,
      rows: z.number().int(),
      bytes: z.number().int(),
      totalBytes: z.number().int(),
      written: z.number().int(),
    }),
    createdAt: z.string(),
    finishedAt: z.string().optional(),
    summary: z
      .object({
        entities: z.number().int(),
        facts: z.number().int(),
        skipped: z.number().int(),
        merged: z.array(z.object({ file: z.string(), entities: z.number().int() })),
      })
      .optional(),
    problems: z.array(
      z.object({
        file: z.string(),
        line: z.number().int(),
        column: z.number().int().optional(),
        field: z.string().optional(),
        message: z.string(),
      }),
    ),
    problemCount: z.number().int().optional(),
    message: z.string().optional(),
    interrupted: z.boolean().optional(),
  })
  .meta({
    id: 'ImportJob',
    description: 'An import job started from the app, polled for progress',
  });

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

export const readyResponse = z
  .object({
    status: z.literal('ready'),
    database: z.string(),
    counts: z.object({ entities: z.number(), sources: z.number(), facts: z.number() }),
  })
  .meta({ id: 'Readiness' });

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export const savedView = z
  .object({ id: z.string(), query: z.string().optional() })
  .meta({ id: 'SavedView', description: 'A view saved under a short id' });
