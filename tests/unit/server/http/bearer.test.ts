import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from '../../../../server/errors';
import { hasBearer, requireBearer } from '../../../../server/http/bearer';

function request(authorization?: string): Request {
  return {
    get: (name: string) => (name.toLowerCase() === 'authorization' ? authorization : undefined),
  } as unknown as Request;
}

describe('bearer tokens', () => {
  it('accepts exactly the configured token', () => {
    expect(hasBearer(request('Bearer s3cret-token'), 's3cret-token')).toBe(true);
    expect(hasBearer(request('bearer   s3cret-token  '), 's3cret-token')).toBe(true);
    expect(hasBearer(request('Bearer s3cret-tokeN'), 's3cret-token')).toBe(false);
    expect(hasBearer(request('Bearer s3cret'), 's3cret-token')).toBe(false);
    expect(hasBearer(request('Basic s3cret-token'), 's3cret-token')).toBe(false);
    expect(hasBearer(request(), 's3cret-token')).toBe(false);
  });

  it('passes a good request on and refuses others with a 401 that says why', () => {
    const guard = requireBearer('t0ken', 'editor');
    const outcomes: unknown[] = [];
    const next = (error?: unknown): void => {
      outcomes.push(error);
    };
    guard(request('Bearer t0ken'), {} as never, next);
    guard(request(), {} as never, next);
    guard(request('Bearer nope'), {} as never, next);
    expect(outcomes[0]).toBeUndefined();
    expect(outcomes[1]).toBeInstanceOf(UnauthorizedError);
    expect((outcomes[1] as Error).message).toMatch(/needs the editor token/);
    expect((outcomes[2] as Error).message).toMatch(/editor token is wrong/);
  });
});
