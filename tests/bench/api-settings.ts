// The API benchmark's settings, from BENCH_* variables (sizes, request counts, Neo4j memory).

/** What one run measures: graph size, requests, load, Neo4j memory, which graphs. */
export interface Settings {
  readonly entities: number;
  readonly relationships: number;
  readonly requests: number;
  readonly warmup: number;
  readonly seconds: number;
  readonly connections: number;
  readonly heap: string;
  readonly pageCacheMb: number;
  /** Which graphs to measure, in this order. */
  readonly graphs: readonly GraphName[];
  /** Which operations to measure (their names, e.g. `entity`); all when empty. */
  readonly operations: readonly string[];
}

/** The graphs a run can measure (BENCH_GRAPHS). */
export const GRAPH_NAMES = ['article', 'generated', 'codex'] as const;
export type GraphName = (typeof GRAPH_NAMES)[number];

function graphList(raw: string | undefined): GraphName[] {
  if (raw === undefined || raw.trim() === '') return [...GRAPH_NAMES];
  const names = raw.split(',').map((n) => n.trim());
  for (const name of names) {
    if (!(GRAPH_NAMES as readonly string[]).includes(name)) {
      throw new Error(`BENCH_GRAPHS: unknown graph "${name}" (known: ${GRAPH_NAMES.join(', ')})`);
    }
  }
  return names as GraphName[];
}

/** The operations BENCH_OPS names (comma-separated, as the report names them); none: all. */
function operationList(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((n) => n.trim());
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  }
  return value;
}

/** The settings from BENCH_* variables; throws naming a bad one. */
export function readSettings(): Settings {
  return {
    entities: envInt('BENCH_ENTITIES', 100000),
    relationships: envInt('BENCH_RELS', 1000000),
    requests: envInt('BENCH_REQUESTS', 200),
    warmup: envInt('BENCH_WARMUP', 50),
    seconds: envInt('BENCH_SECONDS', 10),
    connections: envInt('BENCH_CONNECTIONS', 50),
    heap: process.env.BENCH_HEAP ?? '4g',
    pageCacheMb: envInt('BENCH_PAGECACHE_MB', 2048),
    graphs: graphList(process.env.BENCH_GRAPHS),
    operations: operationList(process.env.BENCH_OPS),
  };
}
