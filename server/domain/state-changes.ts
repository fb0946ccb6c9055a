// A state and the events that begin or end it (Michael Kors "member of" the IACC until April
// 2016, and "left" it in April 2016) say one thing twice. Pure: which events mark a state's
// change, so a day's graph draws the state once and a story tells the change once.
import type { FactTypeLookup } from './fact-type-registry';
import type { GraphEdge } from './model';

const pairOf = (e: GraphEdge): string =>
  e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;

/**
 * For each event in `edges` that begins or ends a state in `edges` (the same two entities,
 * either way, the event dated as the state's start or end: same date and precision), the key
 * of that state.
 */
export function changedStates(
  edges: readonly GraphEdge[],
  factTypes: FactTypeLookup,
): Map<string, string> {
  const bounds = new Map<string, { key: string; date: string }[]>();
  for (const e of edges) {
    if (factTypes.lookup(e.attributes.type).shape !== 'state') continue;
    const { start, end } = e.attributes.time;
    for (const p of [start, end]) {
      if (!p) continue;
      const list = bounds.get(pairOf(e)) ?? [];
      list.push({ key: e.key, date: `${p.date}/${p.precision}` });
      bounds.set(pairOf(e), list);
    }
  }
  const out = new Map<string, string>();
  for (const e of edges) {
    const at = e.attributes.time.at;
    if (!at || factTypes.lookup(e.attributes.type).shape !== 'event') continue;
    const hit = bounds.get(pairOf(e))?.find((b) => b.date === `${at.date}/${at.precision}`);
    if (hit) out.set(e.key, hit.key);
  }
  return out;
}
