// Conflicting claims: facts about the same claim whose times cannot coincide or whose figures
// differ. Pure; the entity answer and the timeline both mark them.
import type { GraphEdge } from './model';
import { boundsOf, type TimePoint } from './time';

function overlaps(a: TimePoint | undefined, b: TimePoint | undefined): boolean {
  if (!a || !b) return true; // unknown never contradicts known
  const x = boundsOf(a);
  const y = boundsOf(b);
  return x.earliest <= y.latest && y.earliest <= x.latest;
}

/** Whether two claims about the same thing disagree: times that cannot coincide, or different values. */
export function disagree(a: GraphEdge, b: GraphEdge): boolean {
  const ta = a.attributes.time;
  const tb = b.attributes.time;
  if (!overlaps(ta.at, tb.at) || !overlaps(ta.start, tb.start) || !overlaps(ta.end, tb.end)) {
    return true;
  }
  for (const key of ['amount', 'currency'] as const) {
    const va = a.attributes.attributes[key];
    const vb = b.attributes.attributes[key];
    if (va !== undefined && vb !== undefined && va !== vb) return true;
  }
  return false;
}

/** For each fact, the facts of the same claim that disagree with it. */
export function conflicts(edges: readonly GraphEdge[]): Map<string, string[]> {
  // Group by claim first: only facts about the same claim are compared (linear, not quadratic).
  const byClaim = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    if (e.attributes.claim === undefined) continue;
    const list = byClaim.get(e.attributes.claim);
    if (list) list.push(e);
    else byClaim.set(e.attributes.claim, [e]);
  }
  const out = new Map<string, string[]>();
  for (const a of edges) {
    const same = a.attributes.claim === undefined ? [] : (byClaim.get(a.attributes.claim) ?? []);
    out.set(
      a.key,
      same.filter((b) => b.key !== a.key && disagree(a, b)).map((b) => b.key),
    );
  }
  return out;
}
