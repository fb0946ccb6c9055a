// Embed signatures: HMAC-SHA256 over a view's canonical text, with the server's key.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalView, isSignatureShaped, type EmbedView } from '../domain/embed-view';

/** The signature of a view: HMAC-SHA256 of its canonical text, base64url (43 characters). */
export function signView(key: string, view: EmbedView): string {
  return createHmac('sha256', key).update(canonicalView(view), 'utf8').digest('base64url');
}

/** Whether `sig` is the signature of exactly this view (compared in constant time). */
export function verifyView(key: string, view: EmbedView, sig: string): boolean {
  if (!isSignatureShaped(sig)) return false;
  const expected = Buffer.from(signView(key, view), 'base64url');
  const given = Buffer.from(sig, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
