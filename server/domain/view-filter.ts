// Which facts a view's date range keeps; shared by the explorer and the embed data.
import type { GraphEdge } from './model';
import { boundsOf } from './time';

/** Whether a fact may fall in [from, to]; undated facts pass (unknown is not outside). */
export function inRange(edge: GraphEdge, from?: string, to?: string): boolean {
  const t = edge.attributes.time;
  const points = [t.at, t.start, t.end].filter((p) => p !== undefined);
  if (points.length === 0) return true;
  const earliest = t.at
    ? boundsOf(t.at).earliest
    : t.start
      ? boundsOf(t.start).earliest
      : '0000-01-01';
  const latest = t.at ? boundsOf(t.at).latest : t.end ? boundsOf(t.end).latest : '9999-12-31';
  return (from === undefined || latest >= from) && (to === undefined || earliest <= to);
}
