// Work split over tasks (chunked.ts): steps run until a task's budget is spent, the rest in later
// tasks; `yield true` ends a task when chunked; a cancelled job never finishes.
import { describe, expect, it } from 'vitest';
import {
  chunkedFrom,
  CHUNK_FROM,
  drain,
  runChunked,
  TASK_BUDGET_MS,
  type Steps,
  type TaskClock,
} from '../../../../client/src/graph/chunked';

/** A clock where each step costs `stepMs` and queued tasks wait until `flush`. */
function fakeClock(stepMs: number): TaskClock & { flush(): number; readonly tasks: number } {
  let time = 0;
  let queue: (() => void)[] = [];
  let tasks = 0;
  return {
    now: () => (time += stepMs),
    later: (run) => queue.push(run),
    flush() {
      let ran = 0;
      while (queue.length > 0) {
        const next = queue;
        queue = [];
        for (const run of next) {
          tasks += 1;
          ran += 1;
          run();
        }
      }
      return ran;
    },
    get tasks() {
      return tasks;
    },
  };
}

/** Counts to `n`, yielding after each number; `breakAt`: a `yield true` there. */
function* counting(n: number, seen: number[], breakAt = -1): Steps<number> {
  for (let i = 0; i < n; i += 1) {
    seen.push(i);
    yield i === breakAt;
  }
  return n;
}

describe('runChunked', () => {
  it('takes steps until the budget is spent, then continues in later tasks', () => {
    const clock = fakeClock(1);
    const seen: number[] = [];
    let result: number | undefined;
    runChunked(counting(100, seen), (n) => (result = n), 10, clock);
    // Nothing in the calling task: it ends at once.
    expect(seen).toHaveLength(0);
    expect(clock.flush()).toBeGreaterThan(3);
    expect(result).toBe(100);
    expect(seen).toEqual([...Array(100).keys()]);
  });

  it('runs everything in the calling task with an unlimited budget, `yield true` included', () => {
    const clock = fakeClock(1);
    const seen: number[] = [];
    let result: number | undefined;
    runChunked(counting(50, seen, 3), (n) => (result = n), Infinity, clock);
    expect(result).toBe(50);
    expect(clock.flush()).toBe(0);
    expect(drain(counting(5, []))).toBe(5);
  });

  it('ends the task at `yield true` when chunked, even with budget left', () => {
    const clock = fakeClock(0);
    const seen: number[] = [];
    runChunked(counting(10, seen, 3), () => undefined, 10, clock);
    expect(seen).toHaveLength(0);
    clock.flush();
    expect(clock.tasks).toBe(2);
    expect(seen).toHaveLength(10);
  });

  it('drops the rest of a cancelled job: a newer job wins', () => {
    const clock = fakeClock(1);
    const done: string[] = [];
    const old = runChunked(counting(100, []), () => done.push('old'), 5, clock);
    old.cancel();
    runChunked(counting(100, []), () => done.push('new'), 5, clock);
    clock.flush();
    expect(done).toEqual(['new']);
  });
});

describe('chunkedFrom', () => {
  it('chunks only large graphs: small ones are drawn in their first frame', () => {
    expect(chunkedFrom(17 + 30)).toBe(Infinity);
    expect(chunkedFrom(CHUNK_FROM - 1)).toBe(Infinity);
    expect(chunkedFrom(15_000)).toBe(TASK_BUDGET_MS);
  });
});
