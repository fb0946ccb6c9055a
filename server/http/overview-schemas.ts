// Response and path schemas of the overview's companions (the hub list, the communities view),
// registered with their ids for the OpenAPI document.
import { z } from 'zod';
import { ENTITY_KINDS } from '../domain/vocabulary';

/** A community's id: `c0` is the largest. */
export const COMMUNITY_ID_PATTERN = /^c[0-9]{1,6}$/;

export const communityParams = z.strictObject({
  community: z.string().regex(COMMUNITY_ID_PATTERN),
});

const hubEntry = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ENTITY_KINDS),
  facts: z.number().int().min(1).describe('Facts linking it to other entities'),
});

export const hubsResponse = z
  .object({ hubs: z.array(hubEntry).describe('Best-connected first') })
  .meta({ id: 'HubsResponse' });

export const communitiesResponse = z
  .object({
    communities: z.array(
      z.object({
        id: z.string().regex(COMMUNITY_ID_PATTERN),
        label: z.string().describe('Names of its best-connected members'),
        size: z.number().int().min(1).describe('Members (entities)'),
        facts: z.number().int().min(0).describe('Facts among its members'),
        hubs: z.array(hubEntry).describe('Its best-connected members, best first'),
      }),
    ),
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
