// The ingest benchmark's table: one line per method, its rate next to LOAD CSV's.
import { readFileSync } from 'node:fs';

/** One measured method. */
export interface Line {
  readonly method: string;
  readonly rels: number;
  readonly seconds: number;
  readonly note: string;
  /** CPU seconds the Neo4j JVM and this process spent on it (Linux), when measured. */
  readonly cpu?: { readonly neo4j: number; readonly node: number };
  /** The rels/s it is compared with (its round's LOAD CSV); the table's reference otherwise. */
  readonly reference?: number;
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc/PID/stat (Linux; NaN
 * elsewhere): fields 14 and 15 in clock ticks, read at 100 per second (Linux's USER_HZ).
 */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `work` and measures the CPU seconds the JVM `pid` and this process spent meanwhile: under
 * load, wall time says what the machine allowed, CPU time what the work cost.
 */
export async function withCpu<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ value: T; cpu: { neo4j: number; node: number } }> {
  const jvm = processCpuSeconds(pid);
  const node = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(node);
  return {
    value,
    cpu: { neo4j: processCpuSeconds(pid) - jvm, node: (used.user + used.system) / 1e6 },
  };
}

/**
 * A Markdown table of `lines`, each rate divided by its own `reference` where it has one, else by
 * `reference` (LOAD CSV's rels/s).
 */
export function table(lines: readonly Line[], reference: number): string {
  const rows = lines.map((l) => {
    const rate = l.rels / l.seconds;
    return [
      l.method,
      l.rels.toLocaleString('en'),
      l.seconds.toFixed(1),
      Math.round(rate).toLocaleString('en'),
      (rate / (l.reference ?? reference)).toFixed(2),
      l.cpu ? l.cpu.neo4j.toFixed(1) : '',
      l.cpu ? l.cpu.node.toFixed(1) : '',
      l.note,
    ];
  });
  const head = [
    'method',
    'relationships',
    'seconds',
    'rels/s',
    'vs LOAD CSV',
    'Neo4j CPU s',
    'Node CPU s',
    'note',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: readonly string[]): string =>
    `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [fmt(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(fmt)].join(
    '\n',
  );
}

/** Peak memory of this process while `work` runs, sampled every 20 ms. */
export async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ value: T; rss: number; heap: number }> {
  let rss = 0;
  let heap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  try {
    const value = await work();
    sample();
    return { value, rss, heap };
  } finally {
    clearInterval(timer);
  }
}
