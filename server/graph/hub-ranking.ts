// The ranked list of the biggest hubs: most facts first, then by name and id, so the order is
// the same on every read. Pure.
import type { HubEntry } from '../domain/api';

/** `hubs` best-connected first (most facts), ties by name (locale order), then by id. */
export function rankHubs(hubs: readonly HubEntry[]): HubEntry[] {
  return [...hubs].sort(
    (a, b) =>
      b.facts - a.facts ||
      a.name.localeCompare(b.name, 'en') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
