// The domain model that server and client share: entities, sources, facts and the wire graph.
// The shapes are defined once, as zod schemas in `wire/graph.ts`; these are their types.
export type {
  AttributeValue,
  Citation,
  Entity,
  Fact,
  FactFile,
  GraphEdge,
  GraphNode,
  Quote,
  SerializedGraph,
  Source,
} from './wire/graph';

/** The data file's `type`: what `data/*.json` says it is. */
export const FACT_FILE_TYPE = 'brand-graph/facts';
/** The data file's format version. */
export const FACT_FILE_VERSION = 1;
