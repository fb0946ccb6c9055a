// The graph as it stood on a day: which state facts (memberships, lawsuits, ...) were in force.
import type { GraphEdge } from './model';
import { boundsOf, stateOn, type FactTime, type IntervalState, type TimePoint } from './time';
import type { FactTypeLookup } from './fact-type-registry';

function width(point: TimePoint): number {
  const { earliest, latest } = boundsOf(point);
  return Date.parse(latest) - Date.parse(earliest);
}

/** The more precise of two time points (the narrower range); either may be missing. */
function sharper(a: TimePoint | undefined, b: TimePoint | undefined): TimePoint | undefined {
  if (!a) return b;
  if (!b) return a;
  return width(b) < width(a) ? b : a;
}

/**
 * Combines claims about one state (facts sharing a `claim` key): a boundary one source leaves
 * unknown is taken from a source that knows it, and where several know it the most precise
 * wins. "Unknown" never contradicts "known".
 */
export function combineTimes(times: readonly FactTime[]): FactTime {
  let start: TimePoint | undefined;
  let end: TimePoint | undefined;
  for (const t of times) {
    start = sharper(start, t.start);
    end = sharper(end, t.end);
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

export interface StateOnDay {
  /** The claim key, or the fact id for a fact that stands alone. */
  readonly claim: string;
  readonly edges: readonly GraphEdge[];
  readonly time: FactTime;
  readonly state: IntervalState;
}

/**
 * The claims of one group that count, as Wikidata's ranks: deprecated ones never; where one is
 * preferred, only the preferred ones; else the normal ones (no rank = normal).
 */
export function countedClaims(list: readonly GraphEdge[]): GraphEdge[] {
  const live = list.filter((e) => e.attributes.rank !== 'deprecated');
  const preferred = live.filter((e) => e.attributes.rank === 'preferred');
  return preferred.length > 0 ? preferred : live;
}

/**
 * State facts (by `factTypes`, the types of `shape: 'state'`) grouped by claim; a fact without a
 * claim key stands alone, under its id. Ranks apply (`countedClaims`): a group left with no
 * claim that counts is left out.
 */
export function statesByClaim(
  edges: readonly GraphEdge[],
  factTypes: FactTypeLookup,
): Map<string, GraphEdge[]> {
  const groups = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    if (factTypes.lookup(edge.attributes.type).shape !== 'state') continue;
    const key = edge.attributes.claim ?? edge.key;
    const list = groups.get(key);
    if (list) list.push(edge);
    else groups.set(key, [edge]);
  }
  for (const [key, list] of groups) {
    const counted = countedClaims(list);
    if (counted.length > 0) groups.set(key, counted);
    else groups.delete(key);
  }
  return groups;
}

/** Every state fact's standing on `day` (`YYYY-MM-DD`), claims about one state combined. */
export function statesOn(
  edges: readonly GraphEdge[],
  day: string,
  factTypes: FactTypeLookup,
): StateOnDay[] {
  return [...statesByClaim(edges, factTypes)].map(([claim, list]) => {
    const time = combineTimes(list.map((e) => e.attributes.time));
    return { claim, edges: list, time, state: stateOn(time, day) };
  });
}

/** The state facts surely in force on `day`. */
export function activeOn(
  edges: readonly GraphEdge[],
  day: string,
  factTypes: FactTypeLookup,
): StateOnDay[] {
  return statesOn(edges, day, factTypes).filter((s) => s.state === 'active');
}

/**
 * The state facts whose standing on `day` is uncertain (a boundary's range holds the day, or
 * the start is unknown and the end still to come): drawn and listed as uncertain, by fact key.
 */
export function uncertainOn(
  edges: readonly GraphEdge[],
  day: string,
  factTypes: FactTypeLookup,
): Set<string> {
  return new Set(
    statesOn(edges, day, factTypes)
      .filter((s) => s.state === 'uncertain')
      .flatMap((s) => s.edges.map((e) => e.key)),
  );
}
