// Input schemas for every endpoint: query strings and bodies, strict (unknown parameters refused).
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { isIsoDay } from '../domain/time';
import {
  COMMUNITY_ID_PATTERN,
  ENTITY_ID_PATTERN,
  ENTITY_KINDS,
  FACT_TYPE_PATTERN,
} from '../domain/vocabulary';

/** A comma-separated list in a query string: `types=OWNS,SUED`. */
function list<T extends z.ZodType<unknown, string>>(item: T, max: number = LIMITS.filterItems) {
  return z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    )
    .pipe(z.array(item).min(1).max(max));
}

const id = z
  .string()
  .regex(ENTITY_ID_PATTERN, 'must be an entity id (letters, digits and "-", ".", "_", ":")');
const day = z.string().refine(isIsoDay, 'must be a calendar day written YYYY-MM-DD');
const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const factType = z
  .string()
  .regex(FACT_TYPE_PATTERN, 'must be a fact type (A-Z, 0-9 and "_", e.g. OWNS)');

/**
 * "As known on" a day (record time): the graph as the product held it at the end of that day,
 * UTC (authoring-spec, "As known on a day"). Accepted by the entity page, neighbourhood, whole
 * graph and export.
 */
export const knownField = { known: day.optional() };

/** The query of `/api/entities/{id}` and `/api/graph`: only `known`. */
export const knownQuery = z.strictObject(knownField);

/** Filters shared by neighbourhood, paths, timeline and export. */
export const filterFields = {
  kinds: list(z.enum(ENTITY_KINDS)).optional(),
  types: list(factType).optional(),
  from: day.optional(),
  to: day.optional(),
};

function rangeInOrder(
  value: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'is before from' });
  }
}

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  limit: int(1, LIMITS.searchResults, 10),
  kinds: filterFields.kinds,
});

export const neighbourhoodQuery = z
  .strictObject({
    ids: list(id, LIMITS.idsPerRequest),
    depth: int(1, 3, 1),
    limit: int(1, LIMITS.neighbourhoodEntitiesMax, LIMITS.neighbourhoodDefault),
    ...filterFields,
    ...knownField,
  })
  .superRefine(rangeInOrder);

export const pathsQuery = z
  .strictObject({
    from: id,
    to: id,
    mode: z.enum(['shortest', 'all']).default('all'),
    limit: int(1, LIMITS.paths, 10),
    kinds: filterFields.kinds,
    types: filterFields.types,
    after: day.optional(),
    before: day.optional(),
    ...knownField,
  })
  .superRefine((v, ctx) => {
    if (v.from === v.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'is the same as from' });
    if (v.after !== undefined && v.before !== undefined && v.after > v.before) {
      ctx.addIssue({ code: 'custom', path: ['before'], message: 'is before after' });
    }
  });

export const timelineQuery = z
  .strictObject({
    entity: id.optional(),
    types: filterFields.types,
    from: day.optional(),
    to: day.optional(),
    ...knownField,
  })
  .superRefine(rangeInOrder);

export const snapshotQuery = z.strictObject({ date: day, ...knownField });

export const changesQuery = z
  .strictObject({ from: day, to: day, ...knownField })
  .superRefine(rangeInOrder);

export const exportQuery = z
  .strictObject({
    format: z.enum(['json', 'graphml', 'csv-nodes', 'csv-relationships', 'cypher']),
    ids: list(id, LIMITS.idsPerRequest).optional(),
    depth: int(1, 3, 1),
    limit: int(1, 100000, 100000),
    ...filterFields,
    ...knownField,
  })
  .superRefine(rangeInOrder);

export const cypherBody = z.strictObject({
  query: z.string().trim().min(1, 'must not be empty').max(10000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.number().int().min(1).max(LIMITS.cypherRows).default(1000),
});

export const entityParams = z.strictObject({ id });

/** A merge's id (a UUID, as `POST /api/entities/{id}/merge` answers it). */
export const mergeParams = z.strictObject({ merge: z.uuid('must be a merge id') });

const comment = z.string().trim().max(LIMITS.mergeComment).optional();

/** `POST /api/entities/{id}/merge`: the entity merged into it, A's revision as seen, why. */
export const mergeBody = z.strictObject({
  from: id,
  revision: z.number().int().min(0).optional(),
  comment,
});

/** `POST /api/merges/{merge}/undo`: why (optional); an empty body is allowed. */
export const undoMergeBody = z.strictObject({ comment });

/** `GET /api/merge-candidates`: how many pairs, only those naming `entity`. */
export const mergeCandidatesQuery = z.strictObject({
  limit: int(1, LIMITS.mergeCandidates, LIMITS.mergeCandidatesDefault),
  entity: id.optional(),
});

/** A saved view's id (`savedViewId`: 22 base64url characters). */
export const savedViewParams = z.strictObject({
  view: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'must be a saved view id'),
});

/** A view to save: the explorer's query string, as long as the URL could not hold it. */
export const savedViewBody = z.strictObject({
  query: z.string().min(1, 'must not be empty').max(LIMITS.savedViewChars),
});

export const importJobParams = z.strictObject({ job: z.uuid('must be an import job id') });

export type NeighbourhoodQuery = z.output<typeof neighbourhoodQuery>;
export type PathsQuery = z.output<typeof pathsQuery>;
export type TimelineQuery = z.output<typeof timelineQuery>;
export type ExportQuery = z.output<typeof exportQuery>;
export type CypherBody = z.output<typeof cypherBody>;

/** The path of one community (`/api/communities/{community}`): `c0` is the largest. */
export const communityParams = z.strictObject({
  community: z.string().regex(COMMUNITY_ID_PATTERN),
});
