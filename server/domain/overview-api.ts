// The wire shapes of the overview's companions: the ranked list of the biggest hubs and the
// communities view (clusters found by Louvain). Shared by the server and the explorer.
import type { EntityKind } from './vocabulary';

/** One entity of the hub list: its number of facts (relationships to other entities). */
export interface HubEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly facts: number;
}

/** The biggest hubs, best-connected first (`GET /api/hubs`). */
export interface HubsAnswer {
  readonly hubs: readonly HubEntry[];
}

/** A community drawn as one cluster: its label comes from its best-connected members' names. */
export interface CommunityCluster {
  readonly id: string;
  readonly label: string;
  /** Members (entities). */
  readonly size: number;
  /** Facts among its members. */
  readonly facts: number;
  /** Its best-connected members, best first (the label's names among them). */
  readonly hubs: readonly HubEntry[];
}

/** The communities view (`GET /api/communities`). */
export interface CommunitiesAnswer {
  /** The largest communities, largest first (ids `c0`, `c1`, …). */
  readonly communities: readonly CommunityCluster[];
  /** Facts between two drawn communities. */
  readonly links: readonly {
    readonly source: string;
    readonly target: string;
    readonly facts: number;
  }[];
  readonly total: {
    /** Communities found, drawn or not. */
    readonly communities: number;
    /** Linked entities the communities cover. */
    readonly entities: number;
    /** Linked pairs read; `truncated` when the read was cut at its limit. */
    readonly pairs: number;
    readonly truncated: boolean;
  };
  /** Louvain's modularity of the partition (−0.5 to 1; higher: more separate communities). */
  readonly modularity: number;
}
