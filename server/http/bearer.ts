// Bearer-token checks for the parts of the API that a configured token guards.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { UnauthorizedError } from '../errors';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
export function hasBearer(req: Request, token: string): boolean {
  const header = req.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}

/** Refuses requests without the token with a 401 problem; `what` names the token in the message. */
export function requireBearer(token: string, what: string): RequestHandler {
  return (req, _res, next) => {
    if (hasBearer(req, token)) {
      next();
      return;
    }
    next(
      new UnauthorizedError(
        req.get('authorization')
          ? `The ${what} token is wrong`
          : `This needs the ${what} token: send "Authorization: Bearer <token>"`,
      ),
    );
  };
}
