// Wire shapes of the overview's companions: the ranked list of the biggest hubs and the
// communities view (clusters found by Louvain). Server and client use these types; OpenAPI reads
// the schemas.
import { z } from 'zod';
import { COMMUNITY_ID_PATTERN, ENTITY_KINDS } from '../vocabulary';
import type { Wire } from './readonly';

/** One entity of the hub list: its number of facts (relationships to other entities). */
export const hubEntry = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ENTITY_KINDS),
  facts: z.number().int().min(1).describe('Facts linking it to other entities'),
});
export type HubEntry = Wire<typeof hubEntry>;

/** The biggest hubs, best-connected first (`GET /api/hubs`). */
export const hubsResponse = z
  .object({ hubs: z.array(hubEntry).describe('Best-connected first') })
  .meta({ id: 'HubsResponse' });
export type HubsAnswer = Wire<typeof hubsResponse>;

/** A community drawn as one cluster: its label comes from its best-connected members' names. */
export const communityCluster = z.object({
  id: z.string().regex(COMMUNITY_ID_PATTERN),
  label: z.string().describe('Names of its best-connected members'),
  size: z.number().int().min(1).describe('Members (entities)'),
  facts: z.number().int().min(0).describe('Facts among its members'),
  hubs: z.array(hubEntry).describe('Its best-connected members, best first'),
});
export type CommunityCluster = Wire<typeof communityCluster>;

/**
 * The communities view (`GET /api/communities`): the largest communities, largest first (ids
 * `c0`, `c1`, …); facts between two drawn communities; totals (communities found, linked
 * entities covered, linked pairs read, `truncated` when the read was cut at its limit); and
 * Louvain's modularity of the partition (−0.5 to 1; higher: more separate communities).
 */
export const communitiesResponse = z
  .object({
    communities: z.array(communityCluster),
    links: z.array(
      z.object({ source: z.string(), target: z.string(), facts: z.number().int().min(1) }),
    ),
    total: z.object({
      communities: z.number().int().min(0),
      entities: z.number().int().min(0),
      pairs: z.number().int().min(0),
      truncated: z.boolean(),
    }),
    modularity: z.number().min(-0.5).max(1),
  })
  .meta({ id: 'CommunitiesResponse' });
export type CommunitiesAnswer = Wire<typeof communitiesResponse>;
