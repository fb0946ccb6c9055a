// Requests to the write endpoints as an editor would send them: JSON bodies, a bearer token.
import type { RunningApp } from './http-app';

/** Editor tokens the authoring tests configure (16+ characters, as EDITOR_TOKENS needs). */
export const TEST_EDITORS = {
  alice: 'alice-token-0123456789',
  bob: 'bob-token-0123456789ab',
} as const;

/** `TEST_EDITORS` as the app's token → name map. */
export function testEditors(): Map<string, string> {
  return new Map(Object.entries(TEST_EDITORS).map(([name, token]) => [token, name]));
}

/** An answer: its status, the parsed JSON body ({} when empty) and its headers. */
export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/**
 * Sends `body` as JSON (undefined: no body) with `token` as bearer (null: none) and extra
 * headers; answers the status and the parsed body.
 */
export async function sendJson(
  app: RunningApp,
  method: string,
  path: string,
  body: unknown,
  token: string | null = TEST_EDITORS.alice,
  headers: Readonly<Record<string, string>> = {},
): Promise<Answer> {
  const sent: Record<string, string> = { 'content-type': 'application/json', ...headers };
  if (token) sent.authorization = `Bearer ${token}`;
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: sent,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
