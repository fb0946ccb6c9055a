// The API benchmark's measurements: sequential requests (API, raw and core interleaved), the
// HTTP floor, and autocannon load from a worker thread.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Operation } from './api-operations';

/** How much to measure: warm-up and measured requests, autocannon connections and seconds. */
export interface MeasureSettings {
  readonly requests: number;
  readonly warmup: number;
  readonly seconds: number;
  readonly connections: number;
}

interface Timed {
  readonly ms: number;
  readonly bytes: number;
  readonly failure?: string;
}

async function timeApi(url: string): Promise<Timed> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status === 200) return { ms, bytes: body.byteLength };
  const detail = Buffer.from(body).toString('utf8').slice(0, 200);
  return { ms, bytes: body.byteLength, failure: `${res.status} ${url}: ${detail}` };
}

async function timeIt(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** The q-quantile (0 to 1) of `values` by the nearest-rank method; NaN for none. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Times (ms) of the sequential requests per kind, mean answer bytes, and failures. */
export interface Sequential {
  readonly api: number[];
  readonly raw: number[];
  readonly core: number[];
  readonly bytes: number;
  readonly failures: string[];
}

/** Sequential requests, API and raw interleaved so both see the same caches and load. */
export async function measureSequential(
  base: string,
  op: Operation,
  settings: MeasureSettings,
): Promise<Sequential> {
  const api: number[] = [];
  const raw: number[] = [];
  const core: number[] = [];
  const failures: string[] = [];
  let bytes = 0;
  for (let i = 0; i < settings.warmup + settings.requests; i += 1) {
    const answer = await timeApi(base + op.path(i));
    const rawMs = await timeIt(() => op.raw(i));
    const coreMs = await timeIt(() => op.core(i));
    if (answer.failure !== undefined) failures.push(answer.failure);
    if (i < settings.warmup) continue;
    api.push(answer.ms);
    raw.push(rawMs);
    core.push(coreMs);
    bytes += answer.bytes;
  }
  return { api, raw, core, bytes: bytes / settings.requests, failures };
}

/**
 * The fixed cost of one HTTP request with no database work: a 404 through the same
 * middleware (helmet, CORS, routers, problem+json), timed with the same fetch client.
 */
export async function measureFloor(base: string, settings: MeasureSettings): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < settings.warmup + settings.requests; i += 1) {
    const answer = await timeApi(`${base}/api/bench-floor`);
    if (i >= settings.warmup) times.push(answer.ms);
  }
  return times;
}

/** What the load worker reports (autocannon's result, reduced). */
export interface LoadResult {
  /** Completed requests over the run's duration. */
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Connection errors and timeouts (autocannon counts timeouts as errors too). */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

/** What the load worker needs: plain data, passed by structured clone. */
interface LoadJob {
  readonly autocannon: string;
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly paths: readonly string[];
}

/**
 * The load worker, plain CommonJS (worker threads do not inherit tsx's loader on Node 20).
 * Connection c starts at input c and then cycles, so the connections do not move in lockstep
 * over the same input (all 50 on one hub at once).
 */
const LOAD_WORKER = `
const { parentPort, workerData: job } = require('node:worker_threads');
const autocannon = require(job.autocannon);
const requests = (offset) =>
  job.paths.map((_, i) => ({ method: 'GET', path: job.paths[(i + offset) % job.paths.length] }));
let clients = 0;
const options = {
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  requests: requests(0),
  setupClient: (client) => client.setRequests(requests(clients++)),
};
// In a worker thread autocannon answers unaggregated (it expects its own manager): aggregate.
autocannon(options, (error, raw) => {
  if (error) throw error;
  const result = autocannon.aggregateResult([raw], options);
  parentPort.postMessage({
    perSecond: raw.totalCompletedRequests / raw.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  });
});
`;

/** Load from a worker thread: autocannon gets its own event loop, apart from the API's. */
export function measureLoad(
  base: string,
  op: Operation,
  settings: MeasureSettings,
): Promise<LoadResult> {
  const job: LoadJob = {
    autocannon: createRequire(import.meta.url).resolve('autocannon'),
    url: base,
    connections: settings.connections,
    seconds: settings.seconds,
    paths: Array.from({ length: op.inputs }, (_, i) => op.path(i)),
  };
  const worker = new Worker(LOAD_WORKER, { eval: true, workerData: job });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the load worker exited with code ${code}`)));
  });
}
