// "As of" a day in words: which states held on that day, each once, the uncertain ones named
// apart, e.g. "On 15 April 2016: member of International Anti-Counterfeiting Coalition:
// Alibaba Group, Gucci; uncertain: Michael Kors." Pure: the day's graph in, lines out.
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { SerializedGraph } from '../../../server/domain/model';

/** A day written out in English, e.g. "15 April 2016" (the day is `YYYY-MM-DD`, read in UTC). */
export function dayInWords(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The states drawn on `day`, grouped by fact type and object: "member of X: A, B; uncertain:
 * C" (the subjects whose standing is sure first, then those in `uncertain`), in the order the
 * groups first appear; an empty list when no state holds.
 */
export function statesInWords(
  graph: SerializedGraph,
  uncertain: ReadonlySet<string>,
  factTypes: FactTypeLookup,
): string[] {
  const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.name]));
  const groups = new Map<string, { head: string; sure: Set<string>; unsure: Set<string> }>();
  for (const e of graph.edges) {
    const type = factTypes.lookup(e.attributes.type);
    if (type.shape !== 'state') continue;
    const key = `${e.attributes.type}\u0000${e.target}`;
    const group = groups.get(key) ?? {
      head: `${type.label} ${names.get(e.target) ?? e.target}`,
      sure: new Set<string>(),
      unsure: new Set<string>(),
    };
    groups.set(key, group);
    (uncertain.has(e.key) ? group.unsure : group.sure).add(names.get(e.source) ?? e.source);
  }
  return [...groups.values()].map(({ head, sure, unsure }) => {
    const certain = [...sure].filter((n) => !unsure.has(n));
    const parts = [certain.join(', ') || 'none for sure'];
    if (unsure.size > 0) parts.push(`uncertain: ${[...unsure].join(', ')}`);
    return `${head}: ${parts.join('; ')}.`;
  });
}
