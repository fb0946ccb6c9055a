// Long main-thread work split over tasks: the work is a generator that yields between steps; a
// runner takes steps until a task's time budget is spent, then continues in a later task, so no
// single task holds the main thread long (a "long task" is one over 50 ms, W3C Long Tasks API).

/** Milliseconds of chunked work one task may take before the rest moves to a later task. */
export const TASK_BUDGET_MS = 12;

/** Graphs of at least this many elements (entities and facts) are built over several tasks. */
export const CHUNK_FROM = 3000;

/** The time budget per task for work on `elements` elements: chunked when large, else all now. */
export function chunkedFrom(elements: number): number {
  return elements >= CHUNK_FROM ? TASK_BUDGET_MS : Infinity;
}

/**
 * Work in steps: each `yield` is a place where it may stop and continue in a later task;
 * `yield true` ends the task there whenever the work is chunked (a step worth a task of its own).
 */
export type Steps<T> = Generator<boolean | undefined, T, void>;

/** A chunked job; `cancel` drops the steps not taken yet (its `done` is never called then). */
export interface ChunkedJob {
  cancel(): void;
}

/** Takes every step of `steps` at once and returns its result (small inputs, tests). */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How the runner reads the time (ms) and queues a task; injectable for tests. */
export interface TaskClock {
  now(): number;
  later(run: () => void): void;
}

let channel: MessageChannel | undefined;
const queued: (() => void)[] = [];

/**
 * Queues `run` as a new task: a MessageChannel message (not clamped to 4 ms as nested
 * `setTimeout` is, HTML Standard §8.7), or `setTimeout(0)` where there is no MessageChannel.
 */
export function nextTask(run: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(run, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(run);
  channel.port2.postMessage(undefined);
}

const browserClock: TaskClock = { now: () => performance.now(), later: nextTask };

/**
 * Runs `steps` in later tasks, each until `budgetMs` is spent (at least one step per task), so the
 * calling task ends soon; calls `done` with the result in the task that takes the last step.
 * With `budgetMs` Infinity everything runs now, in the calling task, as `drain` does.
 */
export function runChunked<T>(
  steps: Steps<T>,
  done: (value: T) => void,
  budgetMs: number = TASK_BUDGET_MS,
  clock: TaskClock = browserClock,
): ChunkedJob {
  let cancelled = false;
  const run = (): void => {
    if (cancelled) return;
    const start = clock.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        done(step.value);
        return;
      }
      if ((step.value === true && budgetMs < Infinity) || clock.now() - start >= budgetMs) {
        clock.later(run);
        return;
      }
    }
  };
  if (budgetMs < Infinity) clock.later(run);
  else run();
  return {
    cancel: () => {
      cancelled = true;
    },
  };
}
