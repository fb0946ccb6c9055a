// Timeline layout, pure: events into lanes (one per entity), points for exact days, spans for
// months, years and approximate times, so nothing looks more precise than its source.
import type { TimelineEvent } from '../../../server/domain/api';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';

export interface TimelineItem {
  readonly id: string;
  readonly fact: string;
  readonly lane: number;
  /** First and last possible day, ISO. */
  readonly start: string;
  readonly end: string;
  readonly shape: 'point' | 'span';
  readonly approximate: boolean;
  /** Another source gives a different date or figure for the same claim. */
  readonly disputed: boolean;
  /** The end of a state whose start is not known: before it, the state is uncertain. */
  readonly openStart: boolean;
  readonly label: string;
  /** The sentence, the resolved time and the source's own words. */
  readonly tooltip: string;
}

export interface TimelineModel {
  readonly lanes: readonly { readonly id: string; readonly name: string }[];
  readonly items: readonly TimelineItem[];
  readonly extent: readonly [string, string] | undefined;
}

export type LaneKey = 'entity' | 'type';

/**
 * Builds lanes by subject entity (or by fact type, named by `factTypes`), in order of each
 * lane's first event.
 */
export function timelineModel(
  events: readonly TimelineEvent[],
  names: Readonly<Record<string, string>>,
  factTypes: FactTypeLookup,
  lanesBy: LaneKey = 'entity',
  disputed: ReadonlySet<string> = new Set(),
): TimelineModel {
  const laneOf = new Map<string, number>();
  const started = new Set(events.filter((e) => e.role === 'start').map((e) => e.fact));
  const lanes: { id: string; name: string }[] = [];
  const items = events.map((e): TimelineItem => {
    const key = lanesBy === 'entity' ? e.subject : e.type;
    let lane = laneOf.get(key);
    if (lane === undefined) {
      lane = lanes.length;
      laneOf.set(key, lane);
      lanes.push({
        id: key,
        name: lanesBy === 'entity' ? (names[key] ?? key) : factTypes.lookup(e.type).label,
      });
    }
    const isDisputed = disputed.has(e.fact);
    const point = e.time.precision === 'day';
    const words = e.time.wording ? ` — the source says "${e.time.wording}"` : '';
    const openStart = e.role === 'end' && !started.has(e.fact);
    return {
      id: e.id,
      fact: e.fact,
      lane,
      start: e.earliest,
      end: e.latest,
      shape: point ? 'point' : 'span',
      approximate: e.time.precision === 'approximate',
      disputed: isDisputed,
      openStart,
      label: e.sentence,
      tooltip: `${e.sentence}\n${e.when}${point ? '' : ` (${e.earliest} to ${e.latest})`}${words}${isDisputed ? '\nSources disagree about this.' : ''}${openStart ? '\nSince when is not known: uncertain before this end.' : ''}`,
    };
  });
  const starts = items.map((i) => i.start).sort();
  const ends = items.map((i) => i.end).sort();
  const first = starts[0];
  const last = ends[ends.length - 1];
  return { lanes, items, extent: first && last ? [first, last] : undefined };
}
