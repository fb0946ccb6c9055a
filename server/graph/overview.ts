// Which entities the overview of a graph too large to draw whole shows: its hubs (best-connected
// entities), each with its strongest links, so every drawn entity has a drawn fact whatever the
// graph's shape (star-like, small-world, ownership chains). Pure: rows in, ids out.

/** A hub: an entity and its number of facts. */
export interface HubRow {
  readonly id: string;
  readonly degree: number;
}

/** A neighbour of a hub: its own number of facts and the facts it shares with the hub. */
export interface LinkRow {
  readonly hub: string;
  readonly id: string;
  readonly degree: number;
  readonly links: number;
}

/** What an overview shows: its hubs best first, then every entity drawn (hubs first). */
export interface OverviewChoice {
  readonly hubs: readonly string[];
  readonly entities: readonly string[];
}

const strongestFirst = (a: LinkRow, b: LinkRow): number =>
  b.degree - a.degree || b.links - a.links || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Chooses an overview of at most `maxEntities` entities: the hubs (as given, best first, those
 * without facts left out), then their neighbours taken in turns, one per hub per round, each hub
 * giving its strongest neighbour not yet drawn (best-connected, then most facts shared). Taking
 * turns keeps a star-shaped graph's small hubs in view beside its big ones; every neighbour is
 * drawn with the hub that brought it, so no entity is drawn without a fact.
 * @throws RangeError when `maxEntities` is not a positive integer.
 */
export function chooseOverview(
  hubs: readonly HubRow[],
  links: readonly LinkRow[],
  maxEntities: number,
): OverviewChoice {
  if (!Number.isInteger(maxEntities) || maxEntities < 1)
    throw new RangeError(`invalid maxEntities: ${maxEntities}`);
  const linked = hubs.filter((h) => h.degree > 0).slice(0, maxEntities);
  const chosen = new Set(linked.map((h) => h.id));
  const queues = linked.map((h) => links.filter((l) => l.hub === h.id).sort(strongestFirst));
  const next = queues.map(() => 0);
  let added = true;
  while (added && chosen.size < maxEntities) {
    added = false;
    for (let i = 0; i < queues.length && chosen.size < maxEntities; i += 1) {
      const queue = queues[i] ?? [];
      let at = next[i] ?? 0;
      while (at < queue.length && chosen.has(queue[at]?.id ?? '')) at += 1;
      const pick = queue[at];
      next[i] = at + 1;
      if (pick) {
        chosen.add(pick.id);
        added = true;
      }
    }
  }
  return { hubs: linked.map((h) => h.id), entities: [...chosen] };
}

/** Neighbours to read per hub so that turns can fill `maxEntities` (with room for repeats). */
export function neighboursPerHub(hubs: number, maxEntities: number): number {
  return hubs > 0 ? Math.ceil((2 * Math.max(maxEntities - hubs, 0)) / hubs) + 1 : 0;
}

/**
 * The overview's bounds for a first view of at most `maxFacts` facts: the entity cap
 * (`overviewEntities`, never more than `maxFacts`) and the number of hubs (`overviewHubs`, at
 * most a quarter of the entities, so each hub has room for neighbours).
 */
export function overviewBounds(
  maxFacts: number,
  limits: { readonly overviewEntities: number; readonly overviewHubs: number },
): { readonly entities: number; readonly hubs: number } {
  const entities = Math.max(1, Math.min(limits.overviewEntities, maxFacts));
  return { entities, hubs: Math.max(1, Math.min(limits.overviewHubs, Math.ceil(entities / 4))) };
}

/** The ids among `ids` that some edge touches: a cut list of facts leaves no entity alone. */
export function touched(
  ids: readonly string[],
  edges: readonly { readonly source: string; readonly target: string }[],
): Set<string> {
  const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
  return new Set(ids.filter((id) => ends.has(id)));
}
