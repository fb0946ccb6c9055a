// The overview's companions over the gateway: the ranked list of the biggest hubs, and the
// communities view (Louvain over a bounded read of the linked pairs, computed on demand and kept
// until the graph's counts change), with each community's members on request.
import { LIMITS } from '../domain/limits';
import type { SerializedGraph } from '../domain/model';
import type { CommunitiesAnswer, HubEntry, HubsAnswer } from '../domain/api';
import { NotFoundError } from '../errors';
import type { Row } from '../neo4j/gateway-types';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';
import { communityLabel, graphOfPairs, partition, type CommunityPartition } from './communities';
import { graphOfEdges, readCounts } from './graph-service';
import { rankHubs } from './hub-ranking';
import { touched } from './overview';
import { edgeOf, nodeOf } from './rows';

interface Found {
  readonly key: string;
  readonly partition: CommunityPartition;
  readonly pairs: number;
  readonly truncated: boolean;
}

/** The last partition per gateway (a promise, so concurrent asks share one computation). */
const found = new WeakMap<QueryRunner, Promise<Found>>();

/** Louvain over at most `LIMITS.communityPairs` linked pairs; kept while the counts stay. */
async function communitiesOf(gateway: QueryRunner): Promise<Found> {
  const counts = await readCounts(gateway);
  const key = `${counts.entities}/${counts.facts}`;
  const held = found.get(gateway);
  if (held) {
    const last = await held.catch(() => undefined);
    if (last?.key === key) return last;
  }
  const next = (async (): Promise<Found> => {
    const rows = await gateway.run('community-pairs', { limit: LIMITS.communityPairs });
    const pairs = rows.map((r) => ({
      source: asText(r.source),
      target: asText(r.target),
      facts: Number(r.facts),
    }));
    return {
      key,
      partition: partition(graphOfPairs(pairs)),
      pairs: pairs.length,
      truncated: pairs.length >= LIMITS.communityPairs,
    };
  })();
  found.set(gateway, next);
  return next;
}

/** Hub entries of `members` (id and degree) with their names and kinds, in the same order. */
async function entriesOf(
  gateway: QueryRunner,
  members: readonly { readonly id: string; readonly degree: number }[],
): Promise<HubEntry[]> {
  const rows = await gateway.run('entities-by-id', { ids: members.map((m) => m.id) });
  const nodes = new Map(rows.map((r: Row) => [asText(r.id), nodeOf(r)]));
  return members.flatMap((m) => {
    const node = nodes.get(m.id);
    if (!node) return [];
    return [{ id: m.id, name: node.attributes.name, kind: node.attributes.kind, facts: m.degree }];
  });
}

/** The `LIMITS.hubList` best-connected entities, best first (ties by name, then id). */
export async function readHubs(gateway: QueryRunner): Promise<HubsAnswer> {
  const rows = await gateway.run('overview-entities', { limit: LIMITS.hubList });
  const degrees = rows
    .map((r) => ({ id: asText(r.id), degree: Number(r.degree) }))
    .filter((r) => r.degree > 0);
  return { hubs: rankHubs(await entriesOf(gateway, degrees)) };
}

/** Hubs named in a cluster's label and listed with it. */
const HUBS_PER_COMMUNITY = 5;

/** The `LIMITS.communities` largest communities, each labelled by its best-connected members. */
export async function readCommunities(gateway: QueryRunner): Promise<CommunitiesAnswer> {
  const { partition: p, pairs, truncated } = await communitiesOf(gateway);
  const shown = p.communities.slice(0, LIMITS.communities);
  const drawn = new Set(shown.map((c) => c.id));
  const named = await entriesOf(
    gateway,
    shown.flatMap((c) => c.members.slice(0, HUBS_PER_COMMUNITY)),
  );
  const byId = new Map(named.map((h) => [h.id, h]));
  return {
    communities: shown.map((c) => {
      const hubs = c.members.slice(0, HUBS_PER_COMMUNITY).flatMap((m) => byId.get(m.id) ?? []);
      return {
        id: c.id,
        label: communityLabel(hubs.map((h) => h.name)),
        size: c.size,
        facts: c.facts,
        hubs,
      };
    }),
    links: p.links.filter((l) => drawn.has(l.source) && drawn.has(l.target)),
    total: {
      communities: p.communities.length,
      entities: p.communities.reduce((sum, c) => sum + c.size, 0),
      pairs,
      truncated,
    },
    modularity: p.modularity,
  };
}

/**
 * One community's best-connected members (at most `LIMITS.communityMembers`) and the facts among
 * them; those without a fact among them are left out, except the best-connected one.
 * @throws NotFoundError when the graph has no such community.
 */
export async function readCommunityMembers(
  gateway: QueryRunner,
  community: string,
): Promise<SerializedGraph> {
  const { partition: p } = await communitiesOf(gateway);
  const found = p.communities.find((c) => c.id === community);
  if (!found) throw new NotFoundError(`No community "${community}" in the graph`);
  const ids = found.members.slice(0, LIMITS.communityMembers).map((m) => m.id);
  const rows = await gateway.run('facts-among', {
    ids,
    limit: LIMITS.wholeGraphFacts,
  });
  const edges = rows.flatMap((r) => edgeOf(r) ?? []);
  const drawn = touched(ids, edges);
  const first = ids[0];
  if (first !== undefined) drawn.add(first);
  return graphOfEdges(gateway, edges, [...drawn], {
    community: found.id,
    truncated: found.size > ids.length,
    total: { entities: found.size, facts: found.facts },
  });
}
