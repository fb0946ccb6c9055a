// The Embed button: a dialog that makes an <iframe> snippet for the current view (from the
// address bar), with a preview, a choice of height, theme and timeline, and the frozen export.
import { iframeSnippet, VIEW_PARAMS } from '../../../server/domain/embed-view';
import { LIMITS } from '../../../server/domain/limits';
import type { ProblemDetails } from '../../../server/domain/api';
import type { EmbedLink } from '../../../server/domain/wire/embed';
import { fetchWithToken } from '../auth';
import { el } from './dom';
import { download } from './export-view';
import './embed-dialog.css';

const HEIGHTS = ['320', '480', '640', '800'];

/** The view part of the explorer's address: camera, paths and playback stay in the explorer. */
function viewQuery(search: string): URLSearchParams {
  const own = new URLSearchParams(search);
  const view = new URLSearchParams();
  for (const key of VIEW_PARAMS) {
    const value = own.get(key);
    if (value !== null) view.set(key, value);
  }
  return view;
}

/** Why a view cannot be embedded, in words, before anything is asked of the server. */
function beyondLimits(view: URLSearchParams): string | undefined {
  for (const [param, what] of [
    ['expanded', 'expanded entities'],
    ['hidden', 'hidden entities'],
  ] as const) {
    const count = (view.get(param) ?? '').split(',').filter((s) => s.length > 0).length;
    if (count > LIMITS.embedIds)
      return `This view has ${count} ${what}; an embed keeps at most ${LIMITS.embedIds}. Collapse or show some, then embed again.`;
  }
  return undefined;
}

async function problemText(response: Response): Promise<string> {
  try {
    const p = (await response.json()) as Partial<ProblemDetails>;
    return p.detail ?? response.statusText;
  } catch {
    return response.statusText;
  }
}

function select(name: string, options: readonly string[], value: string): HTMLSelectElement {
  const s = el('select', { attrs: { name } });
  for (const o of options) s.append(el('option', { text: o, attrs: { value: o } }));
  s.value = value;
  return s;
}

/** Wires the Embed button to its dialog; `currentQuery` gives the explorer's whole view. */
export function createEmbedDialog(
  button: HTMLButtonElement,
  currentQuery: () => string = () => location.search,
): void {
  const height = select('height', HEIGHTS, '480');
  const theme = select('theme', ['auto', 'light', 'dark'], 'auto');
  const timeline = el('input', { attrs: { type: 'checkbox', name: 'timeline' } });
  timeline.checked = true;
  const snippet = el('textarea', {
    attrs: { readonly: '', rows: '4', 'aria-label': 'Embed code', spellcheck: 'false' },
  });
  const copy = el('button', { text: 'Copy code', attrs: { type: 'button' } });
  const frozen = el('button', { text: 'Download as HTML', attrs: { type: 'button' } });
  const close = el('button', { text: 'Close', attrs: { type: 'button' } });
  const status = el('p', { className: 'meta', attrs: { role: 'status', 'aria-live': 'polite' } });
  const preview = el('iframe', {
    attrs: { title: 'Preview of the embed', class: 'embed-preview' },
  });
  const dialog = el(
    'dialog',
    { className: 'embed-dialog', attrs: { 'aria-labelledby': 'embed-dialog-title' } },
    el('h2', { text: 'Embed this view', attrs: { id: 'embed-dialog-title' } }),
    el(
      'p',
      { className: 'meta' },
      document.createTextNode(
        'Paste the code in an article or page. It shows this view, read-only, and links back here. Systems that speak oEmbed (WordPress and others) also turn a pasted explorer link into this embed.',
      ),
    ),
    el(
      'div',
      { className: 'embed-options' },
      el('label', { text: 'Height ' }, height),
      el('label', { text: 'Theme ' }, theme),
      el('label', {}, timeline, document.createTextNode(' Timeline')),
    ),
    preview,
    snippet,
    el('div', { className: 'embed-actions' }, copy, frozen, close),
    status,
  );
  document.body.append(dialog);
  let link: EmbedLink | undefined;

  const refresh = async (): Promise<void> => {
    const query = viewQuery(currentQuery());
    const beyond = beyondLimits(query);
    if (beyond) {
      link = undefined;
      snippet.value = '';
      status.textContent = beyond;
      return;
    }
    if (theme.value !== 'auto') query.set('theme', theme.value);
    if (!timeline.checked) query.set('timeline', '0');
    status.textContent = 'Making the embed…';
    const response = await fetchWithToken(`/api/embed/sign?${query.toString()}`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      link = undefined;
      snippet.value = '';
      status.textContent = `This view cannot be embedded: ${await problemText(response)}`;
      return;
    }
    link = (await response.json()) as EmbedLink;
    const h = Number(height.value);
    snippet.value = iframeSnippet(link.embed, link.title, h);
    preview.style.height = `${h}px`;
    preview.src = link.embed;
    status.textContent = link.signed
      ? 'Signed: the embed shows exactly this view; a changed address is refused.'
      : '';
  };
  const update = (): void => {
    void refresh();
  };

  button.addEventListener('click', () => {
    dialog.showModal();
    update();
  });
  for (const input of [height, theme, timeline]) input.addEventListener('change', update);
  close.addEventListener('click', () => dialog.close());
  copy.addEventListener('click', () => {
    snippet.select();
    void navigator.clipboard.writeText(snippet.value).then(
      () => (status.textContent = 'Copied.'),
      () => (status.textContent = 'Select the code and copy it (Ctrl-C).'),
    );
  });
  frozen.addEventListener('click', () => {
    if (!link) return;
    const url = link.frozen;
    status.textContent = 'Preparing the file…';
    void fetchWithToken(url).then(async (response) => {
      if (!response.ok) {
        status.textContent = `Could not export: ${await problemText(response)}`;
        return;
      }
      download('brand-graph-view.html', await response.blob());
      status.textContent = 'Saved: the file opens from disk or any static host, with no server.';
    });
  });
}
