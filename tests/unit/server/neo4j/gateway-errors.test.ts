import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../../../server/errors';
import { mapNeo4jError } from '../../../../server/neo4j/gateway';

const withCode = (code: string): Error => Object.assign(new Error(code), { code });

describe('mapNeo4jError', () => {
  it.each([
    'ServiceUnavailable',
    'SessionExpired',
    'ProtocolError',
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.TransientError.Database.DatabaseUnavailable',
  ])('maps %s to a retryable 503', (code) => {
    expect(mapNeo4jError(withCode(code))).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('maps transaction time-outs to QueryTimeoutError', () => {
    expect(
      mapNeo4jError(withCode('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')),
    ).toBeInstanceOf(QueryTimeoutError);
  });

  it("maps the driver's connection-acquisition timeout (no code) to a retryable 503", () => {
    const error = withCode('N/A');
    error.message =
      'Connection acquisition timed out in 4000 ms. Pool status: Active conn count = 100, Idle conn count = 0.';
    expect(mapNeo4jError(error)).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('passes other errors through', () => {
    const error = withCode('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(error)).toBe(error);
    const plain = new Error('x');
    expect(mapNeo4jError(plain)).toBe(plain);
  });
});
