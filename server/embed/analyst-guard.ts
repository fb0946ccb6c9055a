// The analyst access mode: with ANALYST_TOKEN set, the explorer's API needs it. Health, the API
// documents, the embed data (signed instead), imports and stories (their own editor token;
// published stories signed instead) stay open. An editor's token opens it too: an editor may
// read what an analyst may, and a write carries one bearer token only (the editor's).
import type { RequestHandler } from 'express';
import type { Editors } from '../config';
import { requireBearer } from '../http/bearer';
import { editorOf } from '../http/editor-auth';

const OPEN = [
  /^\/health$/,
  /^\/ready$/,
  /^\/openapi\.json$/,
  /^\/docs(\.css)?$/,
  /^\/imports(\/|$)/,
  /^\/stories(\/|$)/,
];
const SIGNED = [/^\/embed\/view$/, /^\/embed\/frozen$/];

/**
 * Refuses API requests without the analyst token or an editor's (`editors`, EDITOR_TOKENS) with
 * 401 problem+json, open paths aside.
 */
export function analystGuard(token: string, editors: Editors = new Map()): RequestHandler {
  const guard = requireBearer(token, 'analyst');
  return (req, res, next) => {
    if (
      [...OPEN, ...SIGNED].some((p) => p.test(req.path)) ||
      editorOf(req, editors) !== undefined
    ) {
      next();
      return;
    }
    guard(req, res, next);
  };
}
