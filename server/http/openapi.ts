// The OpenAPI 3.1 document, built from the same zod schemas that validate input and describe output.
import { z } from 'zod';
// The import order is the order schemas register in zod's global registry, so the document's
// components keep their order (the wire schemas the endpoint lists load, then the rest).
import { READ_ENDPOINTS } from './read-endpoints';
import { embedEndpoints } from './embed-endpoints';
// Registers the response schemas (with their ids) in zod's global registry.
import './response-schemas';
import { importEndpoints } from './import-endpoints';
import { articleEndpoints } from './article-endpoints';
import { storyEndpoints } from './story-endpoints';
import { authoringEndpoints } from './authoring-endpoints';
import { MERGE_ENDPOINTS } from './merge-endpoints';
import type { Endpoint } from './endpoint';
import { operation, withoutResourceKeys } from './openapi-operation';

export type { Endpoint } from './endpoint';

/** Every operation of the document, in its order: reads, imports, articles, authoring, merges, embeds, stories. */
export const ENDPOINTS: readonly Endpoint[] = [
  ...READ_ENDPOINTS,
  ...importEndpoints(),
  ...articleEndpoints(),
  ...authoringEndpoints(),
  ...MERGE_ENDPOINTS,
  ...embedEndpoints(),
  ...storyEndpoints(),
];

/** Builds the whole document. */
export function openApiDocument(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  for (const schema of Object.values(schemas)) withoutResourceKeys(schema);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) (paths[e.path] ??= {})[e.method] = operation(e);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Brand graph explorer API',
      version: '1.0.0',
      description:
        'API over a knowledge graph of brands, companies and organisations: search, entities with their sourced facts, neighbourhoods, paths, timelines, snapshots, exports and guarded Cypher; editors add and edit sourced facts, each change a revision.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        editorToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'An editor token (EDITOR_TOKENS or EDITOR_TOKEN)',
        },
      },
    },
  };
}
