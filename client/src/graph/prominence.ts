// Which entities' labels matter most in a drawing: the overview's hubs first, then by degree.
import { LIMITS } from '../../../server/domain/limits';

/**
 * The ids of the `count` most prominent entities among `nodes`: the hubs an overview named (in
 * its order) that are drawn, then the best-connected others (degree in the drawing, then id).
 */
export function prominentIds(
  nodes: readonly { readonly id: string; readonly degree: number }[],
  hubs: readonly string[] = [],
  count: number = LIMITS.prominentLabels,
): string[] {
  const drawn = new Set(nodes.map((n) => n.id));
  const first = hubs.filter((id) => drawn.has(id));
  const named = new Set(first);
  const rest = nodes
    .filter((n) => !named.has(n.id))
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => n.id);
  return [...first, ...rest].slice(0, count);
}
