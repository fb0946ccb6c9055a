// One line per event in a story: the same claim told by several sources, and a state's start or
// end told again as the event that made it ("left" and "ended: was a member"), are one event.
// Pure: timeline events in, groups out, in the events' order.
import type { TimelineEvent } from '../../../server/domain/api';

/**
 * The events grouped so that each group is one happening: events join when they tell the same
 * claim at the same end (`claim` and `role`), or when one is an event fact and the other a
 * state's start or end between the same two entities at the same date and precision. Groups
 * keep the order of their first event.
 */
export function sameHappenings(events: readonly TimelineEvent[]): TimelineEvent[][] {
  const parent = events.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const join = (a: number, b: number): void => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const first = new Map<string, number>();
  const link = (key: string, i: number): void => {
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else join(i, j);
  };
  const when = (e: TimelineEvent): string =>
    [[e.subject, e.object].sort().join('\u0000'), e.time.date, e.time.precision].join('\u0000');
  const boundaries = new Map<string, number>();
  events.forEach((e, i) => {
    if (e.claim !== undefined) link(`claim\u0000${e.claim}\u0000${e.role}`, i);
    if (e.role !== 'at' && !boundaries.has(when(e))) boundaries.set(when(e), i);
  });
  // An event fact joins the state boundary of its two entities at its date, not other events.
  events.forEach((e, i) => {
    const b = e.role === 'at' ? boundaries.get(when(e)) : undefined;
    if (b !== undefined) join(i, b);
  });
  const groups = new Map<number, TimelineEvent[]>();
  events.forEach((e, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(e);
    else groups.set(root, [e]);
  });
  return [...groups.values()];
}

/**
 * The event that speaks for a group: an event fact before a state's end (its sentence says what
 * happened), then the most precise (fewest possible days).
 */
export function leadOf(group: readonly TimelineEvent[]): TimelineEvent | undefined {
  const span = (e: TimelineEvent): number => Date.parse(e.latest) - Date.parse(e.earliest);
  return [...group].sort(
    (a, b) => Number(b.role === 'at') - Number(a.role === 'at') || span(a) - span(b),
  )[0];
}
