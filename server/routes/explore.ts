// Search, entity, neighbourhood and paths: the routes an analyst explores with.
import { Router } from 'express';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { readEntity } from '../graph/entity';
import { NotFoundError } from '../errors';
import { readRedirects } from '../merging/redirects';
import { readEntityKnown, readNeighbourhoodKnown } from '../graph/known-reads';
import { readNeighbourhood } from '../graph/neighbourhood';
import { findPaths } from '../graph/paths';
import { findPathsKnown } from '../graph/known-paths';
import { searchEntities } from '../graph/search';
import { parseInput } from '../http/parse-input';
import {
  entityParams,
  knownQuery,
  neighbourhoodQuery,
  pathsQuery,
  searchQuery,
} from '../http/query-schemas';
import type { QueryRunner } from '../neo4j/query-runner';

/**
 * `/search`, `/entities/:id`, `/neighbourhood` and `/paths` over the QueryRunner; sentences use
 * the app's fact types. The entity page, neighbourhood and paths take `known` (as known on a day).
 */
export function exploreRoutes(gateway: QueryRunner, factTypes: FactTypeRegistry): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const q = parseInput(searchQuery, req.query, 'query');
    res.json({ query: q.q, results: await searchEntities(gateway, q.q, q.limit, q.kinds ?? null) });
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(entityParams, req.params, 'path');
    const { known } = parseInput(knownQuery, req.query, 'query');
    if (known) {
      res.json(await readEntityKnown(gateway, id, known, factTypes));
      return;
    }
    try {
      res.json(await readEntity(gateway, id, factTypes));
    } catch (error) {
      // An id merged away redirects to the entity it was merged into while that stands: 307 and
      // not cached, since an undo ends it (a browser keeps a 308 for good).
      const to = error instanceof NotFoundError && (await readRedirects(gateway, [id])).get(id);
      if (!to) throw error;
      res
        .set('Cache-Control', 'no-store')
        .redirect(307, `${req.baseUrl}/entities/${encodeURIComponent(to)}`);
    }
  });
  router.get('/neighbourhood', async (req, res) => {
    const q = parseInput(neighbourhoodQuery, req.query, 'query');
    res.json(
      q.known
        ? await readNeighbourhoodKnown(gateway, q, q.known)
        : await readNeighbourhood(gateway, q),
    );
  });
  router.get('/paths', async (req, res) => {
    const q = parseInput(pathsQuery, req.query, 'query');
    res.json(
      q.known
        ? await findPathsKnown(gateway, q, q.known, factTypes)
        : await findPaths(gateway, q, factTypes),
    );
  });
  return router;
}
