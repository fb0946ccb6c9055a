import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { readEditors } from '../../../../server/config';
import { FeatureOffError, UnauthorizedError } from '../../../../server/errors';
import { editorOf, requireEditor } from '../../../../server/http/editor-auth';

function request(authorization?: string): Request {
  return {
    get: (name: string) => (name.toLowerCase() === 'authorization' ? authorization : undefined),
  } as unknown as Request;
}

/** Runs the middleware; answers what it passed to next and the editor it set. */
function guard(
  editors: ReturnType<typeof readEditors>,
  authorization?: string,
): { passed: unknown; editor: unknown } {
  const locals: Record<string, unknown> = {};
  const res = { locals } as unknown as Response;
  let passed: unknown = 'not called';
  requireEditor(editors)(request(authorization), res, (error?: unknown) => {
    passed = error;
  });
  return { passed, editor: locals.editor };
}

describe('editors', () => {
  it('reads EDITOR_TOKENS as name:token pairs and EDITOR_TOKEN as the editor `editor`', () => {
    const editors = readEditors({
      EDITOR_TOKENS: 'alice:alice-token-0123456789, bob:bob-token-0123456789ab',
      EDITOR_TOKEN: 'single-token-0123456789',
    });
    expect([...editors]).toEqual([
      ['alice-token-0123456789', 'alice'],
      ['bob-token-0123456789ab', 'bob'],
      ['single-token-0123456789', 'editor'],
    ]);
    expect(readEditors({}).size).toBe(0);
  });

  it('refuses short tokens, a token given twice, bad names and pairs without a colon', () => {
    expect(() => readEditors({ EDITOR_TOKENS: 'alice:short' })).toThrow(/EDITOR_TOKENS must be/);
    expect(() =>
      readEditors({ EDITOR_TOKENS: 'a:same-token-0123456789,b:same-token-0123456789' }),
    ).toThrow(/given twice/);
    expect(() => readEditors({ EDITOR_TOKENS: 'al ice:alice-token-0123456789' })).toThrow(/name/);
    expect(() => readEditors({ EDITOR_TOKENS: 'alice-token-0123456789' })).toThrow(/name:token/);
  });

  it('names the editor whose token is sent, and no one for a wrong one', () => {
    const editors = readEditors({ EDITOR_TOKENS: 'alice:alice-token-0123456789' });
    expect(editorOf(request('Bearer alice-token-0123456789'), editors)).toBe('alice');
    expect(editorOf(request('Bearer alice-token-012345678'), editors)).toBeUndefined();
    expect(editorOf(request(), editors)).toBeUndefined();
  });

  it('answers 403 when no editor is configured, 401 without or with a wrong token', () => {
    expect(guard(new Map(), 'Bearer anything').passed).toBeInstanceOf(FeatureOffError);
    const editors = readEditors({ EDITOR_TOKENS: 'bob:bob-token-0123456789ab' });
    const none = guard(editors);
    expect(none.passed).toBeInstanceOf(UnauthorizedError);
    expect((none.passed as Error).message).toMatch(/needs an editor token/);
    expect(guard(editors, 'Bearer wrong-token-0123456789').passed).toBeInstanceOf(
      UnauthorizedError,
    );
    expect(guard(editors, 'Bearer bob-token-0123456789ab')).toEqual({
      passed: undefined,
      editor: 'bob',
    });
  });
});
