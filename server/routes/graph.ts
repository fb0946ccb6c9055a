// The whole graph, schema statistics and exports.
import { Router } from 'express';
import { z } from 'zod';
import { toCypherScript } from '../domain/export/cypher-script';
import { toNodesCsv, toRelationshipsCsv } from '../domain/export/csv';
import { arrayDelimiterFor } from '../domain/export/flatten';
import { toGraphml } from '../domain/export/graphml';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { readWholeGraph } from '../graph/graph-service';
import { readNeighbourhoodKnown, readWholeGraphKnown } from '../graph/known-reads';
import { readNeighbourhood } from '../graph/neighbourhood';
import { readSchemaStats } from '../graph/schema-stats';
import { parseInput } from '../http/parse-input';
import { exportQuery, knownQuery } from '../http/query-schemas';
import type { QueryRunner } from '../neo4j/query-runner';

const noParameters = z.strictObject({});

const FORMATS = {
  json: { type: 'application/json', ext: 'json' },
  graphml: { type: 'application/graphml+xml', ext: 'graphml' },
  'csv-nodes': { type: 'text/csv', ext: 'nodes.csv' },
  'csv-relationships': { type: 'text/csv', ext: 'relationships.csv' },
  cypher: { type: 'text/plain', ext: 'cypher' },
} as const;

/**
 * `/graph`, `/schema` and `/export` (JSON, GraphML, CSV, Cypher) over the QueryRunner; `/schema`
 * refreshes the app's `factTypes` from the database; `/graph` and `/export` take `known`.
 */
export function graphRoutes(gateway: QueryRunner, factTypes: FactTypeRegistry): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { known } = parseInput(knownQuery, req.query, 'query');
    res.json(known ? await readWholeGraphKnown(gateway, known) : await readWholeGraph(gateway));
  });
  router.get('/schema', async (req, res) => {
    parseInput(noParameters, req.query, 'query');
    res.json(await readSchemaStats(gateway, factTypes));
  });
  router.get('/export', async (req, res) => {
    const q = parseInput(exportQuery, req.query, 'query');
    const graph = q.ids
      ? q.known
        ? await readNeighbourhoodKnown(gateway, { ...q, ids: q.ids }, q.known)
        : await readNeighbourhood(gateway, { ...q, ids: q.ids })
      : q.known
        ? await readWholeGraphKnown(gateway, q.known)
        : await readWholeGraph(gateway);
    const format = FORMATS[q.format];
    const body =
      q.format === 'json'
        ? JSON.stringify(graph)
        : q.format === 'graphml'
          ? toGraphml(graph)
          : q.format === 'csv-nodes'
            ? toNodesCsv(graph)
            : q.format === 'csv-relationships'
              ? toRelationshipsCsv(graph)
              : toCypherScript(graph);
    // The CSV's array delimiter: neo4j-admin and `npm run import` read it as --array-delimiter.
    if (q.format.startsWith('csv')) res.setHeader('X-Array-Delimiter', arrayDelimiterFor(graph));
    res.setHeader('Content-Disposition', `attachment; filename="brand-graph.${format.ext}"`);
    res.type(format.type).send(body);
  });
  return router;
}
