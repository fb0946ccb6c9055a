// The ingest benchmark's table: one line per method, its rate next to LOAD CSV's.

/** One measured method. */
export interface Line {
  readonly method: string;
  readonly rels: number;
  readonly seconds: number;
  readonly note: string;
}

/** A Markdown table of `lines`, each rate divided by `reference` (LOAD CSV's rels/s). */
export function table(lines: readonly Line[], reference: number): string {
  const rows = lines.map((l) => {
    const rate = l.rels / l.seconds;
    return [
      l.method,
      l.rels.toLocaleString('en'),
      l.seconds.toFixed(1),
      Math.round(rate).toLocaleString('en'),
      (rate / reference).toFixed(2),
      l.note,
    ];
  });
  const head = ['method', 'relationships', 'seconds', 'rels/s', 'vs LOAD CSV', 'note'];
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
