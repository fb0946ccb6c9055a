// The analyst access mode: with ANALYST_TOKEN set, the explorer's API needs it. Health, the API
// documents, the embed data (signed instead), imports and stories (their own editor token;
// published stories signed instead) stay open.
import type { RequestHandler } from 'express';
import { requireBearer } from '../http/bearer';

const OPEN = [
  /^\/health$/,
  /^\/ready$/,
  /^\/openapi\.json$/,
  /^\/docs(\.css)?$/,
  /^\/imports(\/|$)/,
  /^\/stories(\/|$)/,
];
const SIGNED = [/^\/embed\/view$/, /^\/embed\/frozen$/];

/** Refuses API requests without the analyst token (401 problem+json), open paths aside. */
export function analystGuard(token: string): RequestHandler {
  const guard = requireBearer(token, 'analyst');
  return (req, res, next) => {
    if ([...OPEN, ...SIGNED].some((p) => p.test(req.path))) {
      next();
      return;
    }
    guard(req, res, next);
  };
}
