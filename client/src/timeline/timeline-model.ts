// Timeline layout, pure: events into lanes (one per entity), points for exact days, spans for
// months, years and approximate times, so nothing looks more precise than its source.
import type { TimelineEvent } from '../../../server/domain/api';

export interface TimelineItem {
  readonly id: string;
  readonly fact: string;
  readonly lane: number;
  /** First and last possible day, ISO. */
  readonly start: string;
  readonly end: string;
  readonly shape: 'point' | 'span';
  readonly approximate: boolean;
  readonly label: string;
  /** The sentence, the resolved time and the source's own words. */
  readonly tooltip: string;
}

export interface TimelineModel {
  readonly lanes: readonly { readonly id: string; readonly name: string }[];
  readonly items: readonly TimelineItem[];
  readonly extent: readonly [string, string] | undefined;
}

/** Builds lanes by subject entity, in order of each entity's first event. */
export function timelineModel(
  events: readonly TimelineEvent[],
  names: Readonly<Record<string, string>>,
): TimelineModel {
  const laneOf = new Map<string, number>();
  const lanes: { id: string; name: string }[] = [];
  const items = events.map((e): TimelineItem => {
    let lane = laneOf.get(e.subject);
    if (lane === undefined) {
      lane = lanes.length;
      laneOf.set(e.subject, lane);
      lanes.push({ id: e.subject, name: names[e.subject] ?? e.subject });
    }
    const point = e.time.precision === 'day';
    const words = e.time.wording ? ` — the source says "${e.time.wording}"` : '';
    return {
      id: e.id,
      fact: e.fact,
      lane,
      start: e.earliest,
      end: e.latest,
      shape: point ? 'point' : 'span',
      approximate: e.time.precision === 'approximate',
      label: e.sentence,
      tooltip: `${e.sentence}\n${e.when}${point ? '' : ` (${e.earliest} to ${e.latest})`}${words}`,
    };
  });
  const starts = items.map((i) => i.start).sort();
  const ends = items.map((i) => i.end).sort();
  const first = starts[0];
  const last = ends[ends.length - 1];
  return { lanes, items, extent: first && last ? [first, last] : undefined };
}
