// An analyst worker thread: plans, checks and runs analyst queries on its own small driver,
// so that neither a huge record nor a slow query can stall the server's main thread or pool.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, InvalidInputError } from '../errors';
import { Neo4jGateway, type GatewayOptions } from '../neo4j/gateway';
import { runCheckedQuery, type AnalystJob } from './analyst-query';

/** A job as posted to a worker. */
export interface WorkerRequest extends AnalystJob {
  readonly id: number;
}

/** A worker's answer: the JSON body, or the error as plain data. */
export type WorkerReply =
  | { readonly ready: true }
  | { readonly id: number; readonly body: string }
  | { readonly id: number; readonly error: WorkerError };

/** An error crossing the thread boundary: the typed error's name, message and details. */
export interface WorkerError {
  readonly name: string;
  readonly message: string;
  readonly details?: readonly { path: string; message: string }[];
}

function describe(error: unknown): WorkerError {
  if (error instanceof InvalidInputError) {
    return { name: error.name, message: error.message, details: error.details };
  }
  if (error instanceof AppError) return { name: error.name, message: error.message };
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

const port = parentPort;
if (port) {
  const gateway = Neo4jGateway.connect((workerData as { connection: GatewayOptions }).connection);
  port.on('message', (job: WorkerRequest) => {
    runCheckedQuery(gateway, job).then(
      (answer) => port.postMessage({ id: job.id, body: JSON.stringify(answer) }),
      (error: unknown) => port.postMessage({ id: job.id, error: describe(error) }),
    );
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
