// The analyst token: asked for once when the API answers 401, kept in sessionStorage (this tab,
// this session), sent as `Authorization: Bearer`. Without ANALYST_TOKEN on the server it is
// never asked for.
import { el } from './explorer/dom';

const KEY = 'brand-graph-analyst-token';

function token(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** `init` with the analyst token added, when one was given. */
export function withToken(init: RequestInit = {}): RequestInit {
  const t = token();
  if (!t) return init;
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${t}`);
  return { ...init, headers };
}

let asking: Promise<boolean> | undefined;

/** Asks for the token in a modal dialog; true when one was entered (one dialog at a time). */
function askForToken(message: string): Promise<boolean> {
  asking ??= new Promise<boolean>((resolve) => {
    const input = el('input', {
      attrs: { type: 'password', name: 'token', required: '', autocomplete: 'current-password' },
    });
    const form = el(
      'form',
      { attrs: { method: 'dialog' } },
      el('h2', { text: 'This explorer needs the analyst token' }),
      el('p', { className: 'meta', text: message }),
      el('label', { text: 'Analyst token ' }, input),
      el('button', { text: 'Open', attrs: { type: 'submit', value: 'ok' } }),
      el('button', {
        text: 'Cancel',
        attrs: { type: 'submit', value: 'cancel', formnovalidate: '' },
      }),
    );
    const dialog = el('dialog', { className: 'token-dialog' }, form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      const entered = dialog.returnValue === 'ok' && input.value.trim() !== '';
      if (entered) sessionStorage.setItem(KEY, input.value.trim());
      dialog.remove();
      asking = undefined;
      resolve(entered);
    });
    dialog.showModal();
  });
  return asking;
}

/** fetch with the token; on 401, asks for it (again) and retries until given or cancelled. */
export async function fetchWithToken(input: string, init?: RequestInit): Promise<Response> {
  let response = await fetch(input, withToken(init));
  while (response.status === 401) {
    const wrong = token() !== null;
    if (wrong) sessionStorage.removeItem(KEY);
    const given = await askForToken(
      wrong
        ? 'That token was not accepted. Ask whoever runs this explorer for the right one.'
        : 'The data here is not public. The token stays in this tab until you close it.',
    );
    if (!given) return response;
    response = await fetch(input, withToken(init));
  }
  return response;
}
