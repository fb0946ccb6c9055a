// Start-up retries: transient errors retried with backoff, others thrown at once, and a
// deadline that names NEO4J_READY_TIMEOUT_MS.
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, ReadyTimeoutError } from '../../../../server/errors';
import { isTransientNeo4jError, retryTransient } from '../../../../server/neo4j/retry';

const coded = (code: string): Error => Object.assign(new Error(code), { code });

describe('isTransientNeo4jError', () => {
  it('retries what Neo4j calls transient, broken connections and terminated transactions', () => {
    expect(isTransientNeo4jError(coded('Neo.TransientError.Transaction.Terminated'))).toBe(true);
    expect(isTransientNeo4jError(coded('Neo.TransientError.Database.DatabaseUnavailable'))).toBe(
      true,
    );
    expect(isTransientNeo4jError(coded('ServiceUnavailable'))).toBe(true);
    expect(
      isTransientNeo4jError(
        coded('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
      ),
    ).toBe(true);
    expect(isTransientNeo4jError(new DatabaseUnavailableError('down'))).toBe(true);
  });

  it('does not retry a wrong password or a bad query', () => {
    expect(isTransientNeo4jError(coded('Neo.ClientError.Security.Unauthorized'))).toBe(false);
    expect(isTransientNeo4jError(coded('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
    expect(isTransientNeo4jError(new Error('no code'))).toBe(false);
  });
});

describe('retryTransient', () => {
  const options = {
    deadline: Date.now() + 60000,
    budgetMs: 60000,
    what: 'Creating the schema',
    firstWaitMs: 1,
  };

  it('tries again after transient errors, giving each try the time left', async () => {
    const seen: number[] = [];
    let calls = 0;
    const value = await retryTransient((remaining) => {
      seen.push(remaining);
      calls += 1;
      if (calls < 3) return Promise.reject(coded('Neo.TransientError.Transaction.Terminated'));
      return Promise.resolve('done');
    }, options);
    expect(value).toBe('done');
    expect(calls).toBe(3);
    expect(seen.every((ms) => ms > 0 && ms <= 60000)).toBe(true);
  });

  it('throws a non-transient error at the first try', async () => {
    let calls = 0;
    const failing = retryTransient(() => {
      calls += 1;
      return Promise.reject(coded('Neo.ClientError.Statement.SyntaxError'));
    }, options);
    await expect(failing).rejects.toThrow('Neo.ClientError.Statement.SyntaxError');
    expect(calls).toBe(1);
  });

  it('gives up at the deadline with a message that names NEO4J_READY_TIMEOUT_MS', async () => {
    const failing = retryTransient(() => Promise.reject(coded('ServiceUnavailable')), {
      ...options,
      deadline: Date.now() + 30,
      budgetMs: 30,
    });
    await expect(failing).rejects.toBeInstanceOf(ReadyTimeoutError);
    await expect(failing).rejects.toThrow(
      'Creating the schema did not succeed within 30 ms (ServiceUnavailable). On a busy or slow machine, raise NEO4J_READY_TIMEOUT_MS (now 30 ms).',
    );
  });
});
