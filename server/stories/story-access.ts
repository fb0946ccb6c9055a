// Who may read a story: editors read drafts and what changed; anyone reads a published story,
// except in the analyst access mode, where a reader without a token needs the story's signature.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { isSignatureShaped } from '../domain/embed-view';
import type { EmbedConfig } from '../embed/embed-config';
import { SignatureError } from '../embed/errors';
import type { Editors } from '../config';
import { hasBearer } from '../http/bearer';
import { editorOf } from '../http/editor-auth';

/** The signature of a story's embed: HMAC-SHA256 of `brand-graph-story/1\nid=ID`, base64url. */
export function signStory(key: string, id: string): string {
  return createHmac('sha256', key)
    .update(`brand-graph-story/1\nid=${id}`, 'utf8')
    .digest('base64url');
}

/** Whether `sig` signs exactly this story (compared in constant time). */
export function verifyStory(key: string, id: string, sig: string): boolean {
  if (!isSignatureShaped(sig)) return false;
  const expected = Buffer.from(signStory(key, id), 'base64url');
  const given = Buffer.from(sig, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Whether the request carries an editor's token (none configured: never). */
export function isEditor(req: Request, editors: Editors): boolean {
  return editorOf(req, editors) !== undefined;
}

/**
 * Checks a reader's access to a published story. Without ANALYST_TOKEN every reader may; with it,
 * the analyst token, an editor's token or the story's own signature (`sig`) is needed.
 * @throws SignatureError (403) otherwise.
 */
export function checkStoryReader(
  config: EmbedConfig,
  req: Request,
  id: string,
  sig: string | undefined,
  editors: Editors,
): void {
  if (config.analystToken === undefined) return;
  if (hasBearer(req, config.analystToken) || isEditor(req, editors)) return;
  if (
    sig !== undefined &&
    config.signingKey !== undefined &&
    verifyStory(config.signingKey, id, sig)
  )
    return;
  throw new SignatureError(
    sig === undefined
      ? 'This story embed is not signed: take its link from the story panel of the explorer'
      : 'The story does not match its signature: it was changed or forged, so it is not shown',
  );
}

/** The signature a story's links carry: with a signing key, else none (open embeds). */
export function storySignature(config: EmbedConfig, id: string): string | undefined {
  return config.signingKey === undefined ? undefined : signStory(config.signingKey, id);
}
