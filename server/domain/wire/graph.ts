// Wire shapes of the graph: entities, sources, facts, the data file and graphology's serialized
// graph. These zod schemas are the one definition: types come from them (`Wire`), OpenAPI too.
import { z } from 'zod';
import { FACT_FILE_TYPE, FACT_FILE_VERSION } from '../model';
import { ENTITY_KINDS, FACT_TYPE_PATTERN, SOURCE_KINDS } from '../vocabulary';
import type { Wire } from './readonly';
import { factTime } from './time';

/** A fact type's name (built in or imported): `OWNS`, `P27`. */
export const factType = z.string().regex(FACT_TYPE_PATTERN);
/** An entity kind from the allowlist. */
export const entityKind = z.enum(ENTITY_KINDS);

/** Words someone said, attributed to them (`speaker`: an entity id). */
export const quote = z.object({ text: z.string(), speaker: z.string() });
export type Quote = Wire<typeof quote>;

/**
 * The words of a source that state a fact, with character offsets (UTF-16 code units, `end`
 * exclusive) into the source's text when known.
 */
export const span = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Span = Wire<typeof span>;

/** One source's support for a fact, with the quotation it gives, if any. */
export const citation = z.object({
  source: z.string(),
  via: z.string().optional().describe('A publication the source relies on for this fact'),
  quote: quote.optional(),
  note: z.string().optional().describe('What this source supports when it covers part of it'),
  span: span.optional().describe('The words of the source that state the fact'),
});
export type Citation = Wire<typeof citation>;

/** An attribute's value: text, a number, true/false or a list of texts. */
export const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AttributeValue = Wire<typeof attributeValue>;

const integers = z
  .array(z.string())
  .optional()
  .describe('Attributes stored as Neo4j INTEGER (decimal text beyond 2^53)');

/** The seq of a record's latest revision (absent: only the loader or an import wrote it). */
const revisionNumber = z
  .number()
  .int()
  .optional()
  .describe("The seq of the record's latest revision; send it back to change the record");

/** A document that states facts: an article, a report, a press release. */
export const source = z
  .object({
    id: z.string(),
    kind: z.enum(SOURCE_KINDS),
    title: z.string(),
    publisher: z.string().describe('The entity that published it'),
    url: z.string().optional(),
    published: z.string().describe('Publication date at the precision known: `2016-05`'),
    author: z.string().optional(),
    revision: revisionNumber,
  })
  .meta({ id: 'Source' });
export type Source = Wire<typeof source>;

/** What one other file or dataset said of an entity that is not its own (said-by.ts). */
export const saidValues = z.object({
  name: z.string().optional(),
  kind: z.string().optional(),
  summary: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  attributes: z.record(z.string(), attributeValue).optional(),
});

/** A claim's rank, as Wikidata's: the state on a day counts preferred and normal, not deprecated. */
export const rank = z.enum(['preferred', 'normal', 'deprecated']);
export type Rank = Wire<typeof rank>;

/** What the graph says about an entity, without its id (a node's attributes). */
export const entityAttributes = z.object({
  kind: entityKind,
  name: z.string(),
  aliases: z.array(z.string()),
  summary: z.string().optional(),
  attributes: z
    .record(z.string(), attributeValue)
    .optional()
    .describe('Imported attributes (FtM properties, CSV property columns)'),
  integers,
  sourceType: z.string().optional().describe("The source's own type for an imported entity"),
  originalId: z.string().optional().describe('The id in the imported file, when it was changed'),
  labels: z.array(z.string()).optional().describe('Labels beyond Entity and the kind'),
  saidBy: z
    .record(z.string(), saidValues)
    .optional()
    .describe('What other files or datasets said of it that is not its own, by file'),
  revision: revisionNumber,
});

/** Something the graph is about: a company, brand, organisation, person, place, ... */
export const entity = entityAttributes.extend({ id: z.string() });
export type Entity = Wire<typeof entity>;

/** What the graph says about a fact, without its id and ends (an edge's attributes). */
export const factAttributes = z
  .object({
    type: factType,
    time: factTime,
    attributes: z.record(z.string(), attributeValue),
    integers,
    claim: z
      .string()
      .optional()
      .describe('Facts about the same real event or claim share this key'),
    sources: z.array(citation),
    rank: rank.optional().describe('Absent: normal'),
    rankReason: z.string().optional().describe('Why the claim was ranked so'),
    disputed: z.boolean().optional().describe('Someone disputes the claim (it still counts)'),
    revision: revisionNumber,
  })
  .meta({ id: 'FactAttributes' });

/** A typed, dated, sourced statement about two entities: `subject TYPE object`. */
export const fact = factAttributes.extend({
  id: z.string(),
  subject: z.string(),
  object: z.string(),
});
export type Fact = Wire<typeof fact>;

/** The versioned data file: what `data/*.json` holds and the loader reads. */
export const factFile = z.object({
  type: z.literal(FACT_FILE_TYPE),
  version: z.literal(FACT_FILE_VERSION),
  description: z.string().optional(),
  sources: z.array(source),
  entities: z.array(entity),
  facts: z.array(fact),
});
export type FactFile = Wire<typeof factFile>;

/** A node of the wire graph (graphology's serialized format). */
export const graphNode = z.object({ key: z.string(), attributes: entityAttributes });
export type GraphNode = Wire<typeof graphNode>;

/** An edge of the wire graph: one fact. */
export const graphEdge = z
  .object({ key: z.string(), source: z.string(), target: z.string(), attributes: factAttributes })
  .meta({ id: 'GraphEdge' });
export type GraphEdge = Wire<typeof graphEdge>;

/** A graph on the wire, readable by graphology's `Graph.from` and so by sigma and Gephi Lite. */
export const serializedGraph = z
  .object({
    attributes: z
      .object({
        name: z.string().optional(),
        sources: z.record(z.string(), source).describe('Every source a fact cites, by id'),
        truncated: z.boolean().optional().describe('Whether a cap cut the graph'),
        total: z
          .object({ entities: z.number(), facts: z.number() })
          .optional()
          .describe('On an overview: how much the whole graph holds'),
        hubs: z.array(z.string()).optional().describe('On an overview: its hubs, best first'),
        date: z.string().optional().describe('On a snapshot: the day it shows'),
      })
      .loose(),
    options: z.object({
      type: z.literal('directed'),
      multi: z.literal(true),
      allowSelfLoops: z.literal(false),
    }),
    nodes: z.array(graphNode),
    edges: z.array(graphEdge),
  })
  .meta({ id: 'SerializedGraph', description: "graphology's serialized graph format" });
export type SerializedGraph = Wire<typeof serializedGraph>;
