// The analyst token: asked for once when the API answers 401, kept in sessionStorage (this tab,
// this session), sent as `Authorization: Bearer`. Without ANALYST_TOKEN on the server it is
// never asked for.
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
    const dialog = document.createElement('dialog');
    dialog.className = 'token-dialog';
    const form = document.createElement('form');
    form.method = 'dialog';
    const heading = document.createElement('h2');
    heading.textContent = 'This explorer needs the analyst token';
    const note = document.createElement('p');
    note.className = 'meta';
    note.textContent = message;
    const label = document.createElement('label');
    label.textContent = 'Analyst token ';
    const input = document.createElement('input');
    input.type = 'password';
    input.name = 'token';
    input.required = true;
    input.autocomplete = 'current-password';
    label.append(input);
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.value = 'ok';
    ok.textContent = 'Open';
    const cancel = document.createElement('button');
    cancel.type = 'submit';
    cancel.value = 'cancel';
    cancel.formNoValidate = true;
    cancel.textContent = 'Cancel';
    form.append(heading, note, label, ok, cancel);
    dialog.append(form);
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
