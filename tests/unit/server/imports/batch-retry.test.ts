// An import batch that meets a transient error (seen at load 25: "Neo4j is not reachable right
// now" while the pool waited for a connection) is written again instead of ending the import.
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, ReadyTimeoutError } from '../../../../server/errors';
import { retryBatch } from '../../../../server/imports/batch-retry';

describe('retryBatch', () => {
  it('writes the batch again after transient errors and returns its value', async () => {
    let calls = 0;
    const retries: number[] = [];
    const value = await retryBatch(
      { readyTimeoutMs: 60000 },
      'Writing a batch',
      async () => {
        calls += 1;
        if (calls < 3) throw new DatabaseUnavailableError('Neo4j is not reachable right now');
        return 'written';
      },
      (attempt) => retries.push(attempt),
    );
    expect(value).toBe('written');
    expect(calls).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it('does not retry an error that is not transient', async () => {
    let calls = 0;
    const bad = Object.assign(new Error('Invalid input'), {
      code: 'Neo.ClientError.Statement.SyntaxError',
    });
    await expect(
      retryBatch({ readyTimeoutMs: 60000 }, 'Writing a batch', async () => {
        calls += 1;
        throw bad;
      }),
    ).rejects.toBe(bad);
    expect(calls).toBe(1);
  });

  it('gives up once the budget is spent, naming the setting that would help', async () => {
    const error = await retryBatch({ readyTimeoutMs: 300 }, 'Writing a batch', async () => {
      throw Object.assign(new Error('deadlock'), {
        code: 'Neo.TransientError.Transaction.DeadlockDetected',
      });
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadyTimeoutError);
    expect((error as Error).message).toMatch(/Writing a batch did not succeed within 300 ms/);
    expect((error as Error).message).toMatch(/NEO4J_READY_TIMEOUT_MS/);
  });
});
