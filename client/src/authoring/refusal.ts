// What an authoring form says when the server refused a save (shared by the entity and fact
// forms): the conflict, the token, the fields a 422 names, or the error in words.
import { WriteRefused } from './authoring-api';
import { messageOf, type statusArea, type tokenRow } from './form-kit';

/**
 * Says why a save was refused. A 409 (stale revision) calls `onConflict` with the stored
 * version, when given, so the form shows both; a 401 asks for the editor token again; a 422
 * lists the fields it names; anything else is said in words.
 */
export function sayRefusal(
  error: unknown,
  parts: {
    readonly status: ReturnType<typeof statusArea>;
    readonly token: ReturnType<typeof tokenRow>;
  },
  onConflict?: (current: unknown) => void,
): void {
  if (error instanceof WriteRefused && error.isConflict && onConflict) {
    parts.status.say('Not saved: someone else saved first.', true);
    onConflict(error.current);
    return;
  }
  if (error instanceof WriteRefused && error.status === 401) parts.token.ask();
  if (error instanceof WriteRefused && error.fields.length > 0) {
    parts.status.missing(`Refused by the server: ${error.message}`, error.fields);
  } else parts.status.say(`Not saved: ${messageOf(error)}`, true);
}
