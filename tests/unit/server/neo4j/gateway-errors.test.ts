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

  it('passes other errors through', () => {
    const error = withCode('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(error)).toBe(error);
    const plain = new Error('x');
    expect(mapNeo4jError(plain)).toBe(plain);
  });
});
