// The client benchmark's settings from BENCH_* environment variables: defaults, validated early.

export const RENDERERS = ['canvas', 'vis', 'svg'] as const;
export type Renderer = (typeof RENDERERS)[number];

export interface ClientBenchOptions {
  /** Graph sizes in nodes (edges: twice as many). */
  readonly nodes: readonly number[];
  readonly renderers: readonly Renderer[];
  /** Repeats of every size and renderer, each on a fresh page. */
  readonly runs: number;
  /** Seconds of scripted pan and zoom per measurement. */
  readonly seconds: number;
  /** Give up waiting for a layout to settle after this many seconds. */
  readonly settleTimeoutSeconds: number;
  /** Lift Chromium's 60 Hz frame cap, so frame rates show headroom instead of ties at 60. */
  readonly uncapped: boolean;
}

export const DEFAULTS: ClientBenchOptions = {
  nodes: [1000, 5000, 10000],
  renderers: RENDERERS,
  runs: 1,
  seconds: 5,
  settleTimeoutSeconds: 120,
  uncapped: false,
};

function list(name: string, text: string): string[] {
  const items = text.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new RangeError(`invalid ${name}: "${text}" (empty item)`);
  return items;
}

function positive(name: string, text: string, integer: boolean, min = 1): number {
  const value = Number(text);
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    (integer && !Number.isInteger(value))
  ) {
    throw new RangeError(
      `invalid ${name}: "${text}" (expected ${integer ? 'a whole number' : 'a number'} ≥ ${min})`,
    );
  }
  return value;
}

/** Reads BENCH_NODES, BENCH_RENDERERS, BENCH_RUNS, BENCH_SECONDS, BENCH_SETTLE_TIMEOUT, BENCH_UNCAPPED. */
export function parseOptions(
  env: Readonly<Record<string, string | undefined>>,
): ClientBenchOptions {
  const nodes =
    env.BENCH_NODES === undefined
      ? DEFAULTS.nodes
      : list('BENCH_NODES', env.BENCH_NODES).map((s) => positive('BENCH_NODES', s, true, 2));
  const renderers =
    env.BENCH_RENDERERS === undefined
      ? DEFAULTS.renderers
      : list('BENCH_RENDERERS', env.BENCH_RENDERERS).map((s) => {
          const r = RENDERERS.find((known) => known === s);
          if (!r) {
            throw new RangeError(
              `invalid BENCH_RENDERERS: "${s}" (expected some of ${RENDERERS.join(', ')})`,
            );
          }
          return r;
        });
  const uncapped = env.BENCH_UNCAPPED ?? '0';
  if (uncapped !== '0' && uncapped !== '1') {
    throw new RangeError(`invalid BENCH_UNCAPPED: "${uncapped}" (expected 0 or 1)`);
  }
  return {
    nodes,
    renderers,
    runs:
      env.BENCH_RUNS === undefined ? DEFAULTS.runs : positive('BENCH_RUNS', env.BENCH_RUNS, true),
    seconds:
      env.BENCH_SECONDS === undefined
        ? DEFAULTS.seconds
        : positive('BENCH_SECONDS', env.BENCH_SECONDS, false),
    settleTimeoutSeconds:
      env.BENCH_SETTLE_TIMEOUT === undefined
        ? DEFAULTS.settleTimeoutSeconds
        : positive('BENCH_SETTLE_TIMEOUT', env.BENCH_SETTLE_TIMEOUT, false),
    uncapped: uncapped === '1',
  };
}
