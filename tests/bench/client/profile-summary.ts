// Reads a V8 CPU profile (CDP `Profiler.stop`): where the main thread's time went, by function
// (self time), and the busy stretches between idle samples that ran over a long-task length.

/** The parts of a CDP `Profiler.Profile` this summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
    };
    readonly children?: readonly number[];
  }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** A function's name and place, as one line. */
function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.split('/').at(-1) ?? '';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** Self time in ms by function over `samples` (indices into the profile's samples). */
function selfTimes(profile: CpuProfile, from = 0, to = Infinity): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = Math.max(0, from); i < Math.min(samples.length, to); i += 1) {
    const node = byId.get(samples[i] ?? -1);
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (!node) continue;
    const name = frameName(node.callFrame);
    totals.set(name, (totals.get(name) ?? 0) + ms);
  }
  return totals;
}

/** The `top` functions by self time, as "ms  name" lines (idle left out). */
function topLines(totals: Map<string, number>, top: number): string[] {
  return [...totals]
    .filter(([name]) => !name.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

/**
 * Lines summarising `profile`: busy time, the `top` functions by self time, then each busy
 * stretch (samples between idle ones) longer than `longMs` with its own top functions.
 */
export function summarizeProfile(profile: CpuProfile, top = 15, longMs = 50): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const all = selfTimes(profile);
  const idle = [...all].filter(([n]) => n.startsWith('(idle)')).reduce((s, [, ms]) => s + ms, 0);
  const span = (profile.endTime - profile.startTime) / 1000;
  const lines = [`span ${span.toFixed(0)} ms, idle ${idle.toFixed(0)} ms`, ...topLines(all, top)];
  let start = -1;
  let busy = 0;
  for (let i = 0; i <= samples.length; i += 1) {
    const node = byId.get(samples[i] ?? -1);
    const isIdle = i === samples.length || node?.callFrame.functionName === '(idle)';
    if (!isIdle) {
      if (start < 0) start = i;
      busy += (deltas[i + 1] ?? 0) / 1000;
      continue;
    }
    if (start >= 0 && busy > longMs) {
      lines.push(
        `busy stretch of ${busy.toFixed(0)} ms:`,
        ...topLines(selfTimes(profile, start, i), 8),
      );
    }
    start = -1;
    busy = 0;
  }
  return lines;
}
