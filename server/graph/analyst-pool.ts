// The analyst queries' own budget: a few worker threads, each with a driver of its own (two
// connections), so that slow or huge analyst queries never take the connections, the thread
// or the time that search, entity and neighbourhood need. Full: 429 with Retry-After.
import { Worker } from 'node:worker_threads';
import {
  AppError,
  DatabaseUnavailableError,
  InvalidInputError,
  QueryRefusedError,
  QueryTimeoutError,
} from '../errors';
import type { GatewayOptions } from '../neo4j/gateway';
import type { AnalystJob } from './analyst-query';
import type { WorkerError, WorkerReply } from './analyst-worker';

/** Every analyst slot is taken: the client may retry after the longest query's time. */
export class AnalystBusyError extends AppError {
  override readonly name = 'AnalystBusyError';
  readonly status = 429;
  readonly kind = 'analyst-busy';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** Time past the query's own timeout before the worker is stopped from this side. */
const GRACE_MS = 500;
/** How long a new worker may take to start (it loads the driver and TypeScript). */
const START_MS = 60000;
/** Heap of one worker: a record beyond it ends the worker, not the server. */
const WORKER_HEAP_MB = 512;

const BOOT = new URL('./analyst-worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./analyst-worker.ts', import.meta.url).href;

interface Slot {
  busy: boolean;
  worker?: Promise<Worker>;
}

/** Rebuilds the typed error a worker reported. */
function rebuild(error: WorkerError): Error {
  switch (error.name) {
    case 'InvalidInputError':
      return new InvalidInputError(error.message, error.details ?? []);
    case 'QueryRefusedError':
      return new QueryRefusedError(error.message);
    case 'QueryTimeoutError':
      return new QueryTimeoutError(error.message);
    case 'DatabaseUnavailableError':
      return new DatabaseUnavailableError(error.message);
    default:
      return new Error(`analyst worker: ${error.message}`);
  }
}

/** What routes need of analyst slots: run a job (its JSON answer), and how many run of how many. */
export interface AnalystRunner {
  readonly size: number;
  readonly running: number;
  run(job: Omit<AnalystJob, 'timeoutMs'>): Promise<string>;
}

/** A fixed number of analyst query slots, each a worker thread started when first needed. */
export class AnalystPool implements AnalystRunner {
  private readonly slots: Slot[];
  private next = 0;

  /**
   * @param connection how to reach Neo4j (read when a worker starts)
   * @param size most analyst queries at once
   * @param timeoutMs limit of one query: the transaction's timeout, and (plus a grace of
   *   GRACE_MS) the time after which the worker is stopped and the answer is a 503
   */
  constructor(
    private readonly connection: () => GatewayOptions,
    readonly size: number,
    private readonly timeoutMs: number,
  ) {
    this.slots = Array.from({ length: size }, () => ({ busy: false }));
  }

  /** Queries running now. */
  get running(): number {
    return this.slots.filter((s) => s.busy).length;
  }

  /** Runs a job in a free slot and answers its JSON body; AnalystBusyError when none is free. */
  async run(job: Omit<AnalystJob, 'timeoutMs'>): Promise<string> {
    const slot = this.slots.find((s) => !s.busy);
    if (!slot) {
      const seconds = Math.ceil(this.timeoutMs / 1000);
      throw new AnalystBusyError(
        `All ${this.size} analyst query slots are busy: retry in ${seconds} s`,
        seconds,
      );
    }
    slot.busy = true;
    try {
      const worker = await this.workerOf(slot);
      return await this.send(slot, worker, { ...job, timeoutMs: this.timeoutMs });
    } finally {
      slot.busy = false;
    }
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = await slot.worker?.catch(() => undefined);
        slot.worker = undefined;
        await worker?.terminate();
      }),
    );
  }

  private workerOf(slot: Slot): Promise<Worker> {
    slot.worker ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(BOOT, {
        execArgv: [],
        workerData: {
          entry: ENTRY,
          connection: {
            ...this.connection(),
            txTimeoutMs: this.timeoutMs,
            maxConnectionPoolSize: 2,
          },
        },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      worker.unref();
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new DatabaseUnavailableError('The analyst worker did not start in time'));
      }, START_MS);
      worker.once('message', () => {
        clearTimeout(timer);
        resolve(worker);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        if (slot.worker === started) slot.worker = undefined;
        reject(new DatabaseUnavailableError('The analyst worker stopped'));
      });
    });
    const started = slot.worker;
    return started;
  }

  private send(slot: Slot, worker: Worker, job: AnalystJob): Promise<string> {
    const id = (this.next += 1);
    return new Promise<string>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const stop = (): void => {
        slot.worker = undefined;
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        done();
        stop();
        reject(
          new QueryTimeoutError(`The query took longer than ${this.timeoutMs} ms and was stopped`),
        );
      }, this.timeoutMs + GRACE_MS);
      const onMessage = (reply: WorkerReply): void => {
        if (!('id' in reply) || reply.id !== id) return;
        done();
        if ('body' in reply) resolve(reply.body);
        else reject(rebuild(reply.error));
      };
      const onError = (error: Error & { code?: string }): void => {
        done();
        stop();
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          const message = `an answer holds a value too large to read (over ${WORKER_HEAP_MB} MB in memory): return less, e.g. a slice of the list`;
          reject(
            new InvalidInputError(`The query failed: ${message}`, [
              { path: 'body.query', message },
            ]),
          );
        } else reject(error);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, ...job });
    });
  }
}
