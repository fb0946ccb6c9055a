// Starts an analyst worker thread: registers tsx (the server runs TypeScript), then loads it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
