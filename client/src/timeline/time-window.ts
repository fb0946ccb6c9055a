// The part of the timeline on screen, pure: zooming about a point and panning, kept inside the
// whole time span and no narrower than a week. Times are UTC milliseconds.

/** A stretch of time, [start, end] in UTC ms. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** The narrowest window: a week, where single days are far apart. */
export const MIN_SPAN_MS = 7 * 86_400_000;

/** `view` moved (not resized) to lie inside `full`; `full` itself when wider than `full`. */
function inside(view: TimeWindow, full: TimeWindow): TimeWindow {
  const span = view.end - view.start;
  if (span >= full.end - full.start) return full;
  const start = Math.min(Math.max(view.start, full.start), full.end - span);
  return { start, end: start + span };
}

/**
 * Zooms `view` by `factor` (above 1 closer) about the point `at` (0 = left edge, 1 = right edge)
 * so that the time under that point stays put; the span stays between a week and `full`.
 */
export function zoomWindow(
  view: TimeWindow,
  full: TimeWindow,
  factor: number,
  at = 0.5,
): TimeWindow {
  if (!(factor > 0)) throw new RangeError(`invalid zoom factor: ${factor}`);
  const span = view.end - view.start;
  const next = Math.min(full.end - full.start, Math.max(MIN_SPAN_MS, span / factor));
  const pivot = view.start + span * Math.min(1, Math.max(0, at));
  const start = pivot - (pivot - view.start) * (next / span);
  return inside({ start, end: start + next }, full);
}

/** Moves `view` by `fraction` of its own span (negative: earlier), inside `full`. */
export function panWindow(view: TimeWindow, full: TimeWindow, fraction: number): TimeWindow {
  const shift = (view.end - view.start) * fraction;
  return inside({ start: view.start + shift, end: view.end + shift }, full);
}

/** Whether `view` shows all of `full` (nothing to pan to). */
export function showsAll(view: TimeWindow, full: TimeWindow): boolean {
  return view.start <= full.start && view.end >= full.end;
}
