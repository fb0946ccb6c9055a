import { describe, expect, it } from 'vitest';
import { BatchSchedule } from '../../../../server/imports/batch-schedule';

/** A promise resolved (or rejected) from outside, for ordering steps in a test. */
function gate(): { promise: Promise<void>; open: () => void; fail: (e: Error) => void } {
  let open = (): void => undefined;
  let fail: (e: Error) => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

const tick = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

describe('the order an import writes its batches in', () => {
  it('writes entities one batch after another and facts two at a time', async () => {
    const log: string[] = [];
    const gates = new Map<string, ReturnType<typeof gate>>();
    const step = (name: string) => async (): Promise<void> => {
      log.push(`start ${name}`);
      const g = gate();
      gates.set(name, g);
      await g.promise;
      log.push(`end ${name}`);
    };
    const openGate = (name: string): void => {
      const g = gates.get(name);
      if (!g) throw new Error(`${name} has not started`);
      g.open();
    };
    const schedule = new BatchSchedule(2);
    const batch = (n: number, ids: string[]) => ({
      factIds: new Set(ids),
      entities: step(`E${n}`),
      facts: step(`F${n}`),
    });
    await schedule.add(batch(1, ['a']));
    await schedule.add(batch(2, ['b']));
    await tick();
    // Batch 2's entities wait for batch 1's, even though both are started.
    expect(log).toEqual(['start E1']);
    openGate('E1');
    await tick();
    expect(log.slice(0, 2)).toEqual(['start E1', 'end E1']);
    expect(new Set(log.slice(2))).toEqual(new Set(['start F1', 'start E2']));
    openGate('E2');
    await tick();
    // Two fact transactions side by side.
    expect(log.slice(-2)).toEqual(['end E2', 'start F2']);
    // A third batch waits for room; then, sharing id a, for batch 1's facts.
    const third = schedule.add(batch(3, ['a', 'c']));
    await tick();
    expect(log).not.toContain('start E3');
    openGate('F2');
    await third;
    await tick();
    openGate('E3');
    await tick();
    expect(log).not.toContain('start F3');
    openGate('F1');
    await tick();
    expect(log.slice(-2)).toEqual(['end F1', 'start F3']);
    openGate('F3');
    await schedule.settle();
    expect(log.filter((l) => l.startsWith('end'))).toHaveLength(6);
  });

  it('with concurrency 1, writes each batch whole before the next', async () => {
    const log: string[] = [];
    const step = (name: string) => async (): Promise<void> => {
      log.push(name);
      await tick();
    };
    const schedule = new BatchSchedule(1);
    for (const n of [1, 2, 3]) {
      await schedule.add({
        factIds: new Set([`f${n}`]),
        entities: step(`E${n}`),
        facts: step(`F${n}`),
      });
    }
    await schedule.settle();
    expect(log).toEqual(['E1', 'F1', 'E2', 'F2', 'E3', 'F3']);
  });

  it('starts nothing after a failure and gives the first error', async () => {
    const started: string[] = [];
    const schedule = new BatchSchedule(2);
    const failing = gate();
    await schedule.add({
      factIds: new Set(['a']),
      entities: () => failing.promise,
      facts: () => Promise.resolve(started.push('F1')).then(() => undefined),
    });
    failing.fail(new Error('batch 1 refused'));
    await tick();
    await expect(
      schedule.add({
        factIds: new Set(['b']),
        entities: () => Promise.resolve(started.push('E2')).then(() => undefined),
        facts: () => Promise.resolve(),
      }),
    ).rejects.toThrow('batch 1 refused');
    await expect(schedule.settle()).rejects.toThrow('batch 1 refused');
    expect(started).toEqual([]);
  });

  it('refuses a concurrency that is not a whole number of at least 1', () => {
    expect(() => new BatchSchedule(0)).toThrow(/at least 1/);
    expect(() => new BatchSchedule(1.5)).toThrow(/at least 1/);
  });
});
