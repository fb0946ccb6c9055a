// Who may write: a bearer token of a named editor (EDITOR_TOKENS, EDITOR_TOKEN). Reads stay
// open; writes without any editor configured are refused as a feature that is off.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Editors } from '../config';
import { FeatureOffError, UnauthorizedError } from '../errors';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The editor whose token the request carries (compared in constant time), or undefined. */
export function editorOf(req: Request, editors: Editors): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  if (!match?.[1]) return undefined;
  const sent = digest(match[1]);
  let found: string | undefined;
  // Every token is compared, so the time taken does not say which one came close.
  for (const [token, name] of editors) {
    if (timingSafeEqual(sent, digest(token))) found = name;
  }
  return found;
}

/**
 * Guards a write: no editor configured → 403 (FeatureOffError); no or an unknown bearer →
 * 401 (UnauthorizedError, `WWW-Authenticate: Bearer`). Sets `res.locals.editor` (the name).
 */
export function requireEditor(editors: Editors): RequestHandler {
  return (req, res, next) => {
    if (editors.size === 0) {
      next(
        new FeatureOffError(
          'Editing is off: the server was started without EDITOR_TOKENS or EDITOR_TOKEN',
        ),
      );
      return;
    }
    const editor = editorOf(req, editors);
    if (editor === undefined) {
      next(
        new UnauthorizedError(
          req.get('authorization')
            ? 'The editor token is wrong'
            : 'This needs an editor token: send "Authorization: Bearer <token>"',
        ),
      );
      return;
    }
    res.locals.editor = editor;
    next();
  };
}

/** The editor `requireEditor` found for this request. */
export function editorName(res: Response): string {
  const name: unknown = res.locals.editor;
  if (typeof name !== 'string') throw new Error('requireEditor must run before this handler');
  return name;
}
