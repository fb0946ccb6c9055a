// The API benchmark's report: one table per graph, its HTTP floor, and a verdict per operation.
import { percentile, type LoadResult, type Sequential } from './api-measure';
import type { Operation } from './api-operations';

const TARGET_RATIO = 1.3;
const ONE_HOP_TARGET_MS = 5;

/** One operation's figures: sequential and under load. */
export interface Row {
  readonly op: Operation;
  readonly seq: Sequential;
  readonly load: LoadResult;
}

/** One graph's rows and the times of a database-free request (see measureFloor). */
export interface GraphResult {
  readonly rows: readonly Row[];
  readonly floor: readonly number[];
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function ratioOf(seq: Sequential): number {
  return percentile(seq.api, 0.5) / percentile(seq.raw, 0.5);
}

function errorsOf({ seq, load }: Row): number {
  return seq.failures.length + load.errors + load.non2xx;
}

const HEADER = [
  'operation',
  'API p50 ms',
  'API p99 ms',
  'raw p50 ms',
  'raw p99 ms',
  'ratio p50',
  'core p50 ms',
  'round trips',
  'answer KB',
  'req/s (50 conn)',
  'load p50 ms',
  'load p99 ms',
  'errors',
];

function tableLine(row: Row): string[] {
  const { op, seq, load } = row;
  return [
    op.name,
    ms(percentile(seq.api, 0.5)),
    ms(percentile(seq.api, 0.99)),
    ms(percentile(seq.raw, 0.5)),
    ms(percentile(seq.raw, 0.99)),
    ratioOf(seq).toFixed(2),
    ms(percentile(seq.core, 0.5)),
    op.roundTrips(),
    (seq.bytes / 1024).toFixed(1),
    load.perSecond.toFixed(0),
    ms(load.p50),
    ms(load.p99),
    `${errorsOf(row)} (${load.timeouts} timeouts, ${load.non2xx} non-2xx)`,
  ];
}

function verdictLine(row: Row): string {
  const ratio = ratioOf(row.seq);
  const errors = errorsOf(row);
  const ratioOk =
    ratio <= TARGET_RATIO ? 'met' : `MISSED by ${((ratio / TARGET_RATIO - 1) * 100).toFixed(1)}%`;
  const errorsOk = errors === 0 ? 'met' : 'MISSED';
  const p50 = percentile(row.seq.api, 0.5);
  // Issue 7's target for the CoDEx-M graph: one hop under 5 ms through the API.
  const oneHop =
    row.op.name === 'neighbourhood depth 1'
      ? `; p50 ${ms(p50)} ms (target < ${ONE_HOP_TARGET_MS} ms: ${p50 < ONE_HOP_TARGET_MS ? 'met' : `MISSED by ${(p50 - ONE_HOP_TARGET_MS).toFixed(1)} ms`})`
      : '';
  return (
    `- ${row.op.name}: p50 ratio ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${ratioOk}); ` +
    `errors ${errors} (target 0: ${errorsOk})${oneHop}`
  );
}

/** One graph's table, its HTTP floor, the verdict per operation, and the first failures. */
export function section(title: string, { rows, floor }: GraphResult): string[] {
  const table = [HEADER, HEADER.map(() => '---'), ...rows.map(tableLine)];
  return [
    `### ${title}`,
    '',
    ...table.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `HTTP floor (a 404 through the same middleware, same fetch client, no database): ` +
      `p50 ${ms(percentile(floor, 0.5))} ms, p99 ${ms(percentile(floor, 0.99))} ms`,
    '',
    ...rows.map(verdictLine),
    ...rows.flatMap(({ op, seq }) => seq.failures.slice(0, 3).map((f) => `- ${op.name}: ${f}`)),
    '',
  ];
}
