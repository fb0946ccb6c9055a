// Statistics for the client benchmark: frame rate from frame times, and the spread of repeats.

export interface FrameStats {
  /** Frames per second over the whole measurement. */
  readonly fps: number;
  /** The 95th-percentile time between two frames, ms. */
  readonly p95FrameMs: number;
  /** The longest time between two frames, ms. */
  readonly worstFrameMs: number;
}

/** The value at quantile `q` (0..1) of `values`, by nearest rank; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Frame statistics from the timestamps (ms) of successive frames. */
export function frameStats(timestamps: readonly number[]): FrameStats {
  if (timestamps.length < 2) return { fps: 0, p95FrameMs: Number.NaN, worstFrameMs: Number.NaN };
  const gaps = timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? t));
  const span = (timestamps.at(-1) ?? 0) - (timestamps[0] ?? 0);
  return {
    fps: span > 0 ? (gaps.length * 1000) / span : 0,
    p95FrameMs: quantile(gaps, 0.95),
    worstFrameMs: Math.max(...gaps),
  };
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** (max − min) / median, in per cent; 0 for a single value. */
  readonly spreadPct: number;
}

/** Median, range and relative spread of repeated measurements (NaN and undefined left out). */
export function spread(values: readonly (number | undefined)[]): Spread | undefined {
  const kept = values.filter((v): v is number => v !== undefined && !Number.isNaN(v));
  if (kept.length === 0) return undefined;
  const sorted = [...kept].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = Number.isInteger(mid)
    ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
    : (sorted[Math.floor(mid)] ?? 0);
  const min = sorted[0] ?? 0;
  const max = sorted.at(-1) ?? 0;
  return { median, min, max, spreadPct: median > 0 ? ((max - min) / median) * 100 : 0 };
}
