// What changed between two days: state facts (claims combined) that began or ended in between.
import type { FactTypeLookup } from './fact-type-registry';
import type { GraphEdge } from './model';
import { combineTimes, statesByClaim } from './snapshot';
import { boundsOf, type TimePoint } from './time';

export interface Change {
  /** The claim key, or the fact id for a fact that stands alone. */
  readonly claim: string;
  readonly change: 'began' | 'ended';
  readonly edges: readonly GraphEdge[];
  readonly time: TimePoint;
  /** False when the boundary's possible days straddle `from` or `to`. */
  readonly certain: boolean;
}

/**
 * State changes in (from, to]: a state whose combined start or end falls after `from` and on or
 * before `to`. A boundary whose possible range only partly lies inside is listed as uncertain;
 * one wholly outside is not listed. Events (a lawsuit dropped, a notice given) are not state
 * changes; the timeline shows them. Which types are states: `factTypes`.
 */
export function changesBetween(
  edges: readonly GraphEdge[],
  from: string,
  to: string,
  factTypes: FactTypeLookup,
): Change[] {
  const groups = statesByClaim(edges, factTypes);
  const out: Change[] = [];
  for (const [claim, list] of groups) {
    const time = combineTimes(list.map((e) => e.attributes.time));
    for (const change of ['began', 'ended'] as const) {
      const point = change === 'began' ? time.start : time.end;
      if (!point) continue;
      const { earliest, latest } = boundsOf(point);
      if (latest <= from || earliest > to) continue;
      out.push({
        claim,
        change,
        edges: list,
        time: point,
        certain: earliest > from && latest <= to,
      });
    }
  }
  return out.sort(
    (a, b) =>
      boundsOf(a.time).earliest.localeCompare(boundsOf(b.time).earliest) ||
      a.claim.localeCompare(b.claim),
  );
}
