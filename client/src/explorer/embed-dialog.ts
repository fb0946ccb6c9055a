// The Embed button: a dialog that makes an <iframe> snippet for the current view, the selected
// entity or fact, or the path shown (`embed-scopes.ts`), with the producer's title and caption,
// a choice of height, theme and timeline, a preview and the frozen export. Keyboard: the
// controls come first in the tab order (the preview is a picture, inert), Tab stays inside
// while it is open, Escape closes it and focus returns to the button that opened it.
import { embedSizeProblem, iframeSnippet, VIEW_PARAMS } from '../../../server/domain/embed-view';
import { LIMITS } from '../../../server/domain/limits';
import type { ProblemDetails } from '../../../server/domain/api';
import type { EmbedLink } from '../../../server/domain/wire/embed';
import { fetchWithToken } from '../auth';
import { el } from './dom';
import type { EmbedScope } from './embed-scopes';
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

/**
 * Why a view cannot be embedded, in words, before anything is asked of the server: too many ids
 * listed, or more entities shown than an embed draws.
 */
function beyondLimits(view: URLSearchParams, shown: number): string | undefined {
  for (const [param, what] of [
    ['expanded', 'expanded entities'],
    ['hidden', 'hidden entities'],
  ] as const) {
    const count = (view.get(param) ?? '').split(',').filter((s) => s.length > 0).length;
    if (count > LIMITS.embedIds)
      return `This view has ${count} ${what}; an embed keeps at most ${LIMITS.embedIds}. Collapse or show some, then embed again.`;
  }
  return embedSizeProblem(shown);
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

/** The dialog's handle: opens it on one scope, from the control that asked. */
export interface EmbedDialog {
  /** Opens the dialog with `scope` chosen (the whole view by default); focus returns to `opener`. */
  open(scope?: EmbedScope['key'], opener?: HTMLElement): void;
}

/** The controls of a dialog Tab may reach, in order (the inert preview is left out). */
function tabbable(dialog: HTMLElement): HTMLElement[] {
  return [
    ...dialog.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href]'),
  ].filter((e) => !e.hasAttribute('disabled') && !e.closest('[inert]') && e.offsetParent !== null);
}

/** Keeps Tab and Shift+Tab inside `dialog` (from its last control to its first, and back). */
function trapTab(dialog: HTMLElement): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = tabbable(dialog);
    const [first, last] = [controls[0], controls[controls.length - 1]];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
}

/**
 * Wires the Embed button to its dialog; `currentQuery` gives the explorer's whole view,
 * `shownEntities` how many entities it draws (the embed draws the same ones) and `scopes` what
 * else the state offers to embed (the selection, the path).
 */
export function createEmbedDialog(
  button: HTMLButtonElement,
  currentQuery: () => string = () => location.search,
  shownEntities: () => number = () => 0,
  scopes: () => readonly EmbedScope[] = () => [],
): EmbedDialog {
  const what = el('select', { attrs: { name: 'scope' } });
  const title = el('input', {
    attrs: { type: 'text', name: 'title', maxlength: String(LIMITS.embedTitleChars) },
  });
  const caption = el('input', {
    attrs: { type: 'text', name: 'caption', maxlength: String(LIMITS.embedCaptionChars) },
  });
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
  // A picture of the embed, out of the tab order: the controls above are what the producer uses.
  const preview = el('iframe', {
    attrs: { title: 'Preview of the embed', class: 'embed-preview', inert: '', tabindex: '-1' },
  });
  const dialog = el(
    'dialog',
    { className: 'embed-dialog', attrs: { 'aria-labelledby': 'embed-dialog-title' } },
    el('h2', { text: 'Embed', attrs: { id: 'embed-dialog-title' } }),
    el(
      'p',
      { className: 'meta' },
      document.createTextNode(
        'Paste the code in an article or page. It shows what you choose, read-only, and links back here. Systems that speak oEmbed (WordPress and others) also turn a pasted explorer link into this embed.',
      ),
    ),
    el(
      'div',
      { className: 'embed-texts' },
      el('label', { text: 'What to embed ' }, what),
      el('label', { text: 'Title ' }, title),
      el('label', { text: 'Caption ' }, caption),
    ),
    el(
      'div',
      { className: 'embed-options' },
      el('label', { text: 'Height ' }, height),
      el('label', { text: 'Theme ' }, theme),
      el('label', {}, timeline, document.createTextNode(' Timeline')),
    ),
    snippet,
    el('div', { className: 'embed-actions' }, copy, frozen, close),
    status,
    preview,
  );
  document.body.append(dialog);
  trapTab(dialog);
  let link: EmbedLink | undefined;
  let offered: readonly EmbedScope[] = [];
  let titleEdited = false;
  let opener: HTMLElement = button;
  let ticket = 0;

  const scopeQuery = async (): Promise<{ query: URLSearchParams; shown: number }> => {
    const chosen = offered.find((s) => s.key === what.value);
    if (!chosen) return { query: viewQuery(currentQuery()), shown: shownEntities() };
    return { query: await chosen.query(), shown: 0 };
  };
  const refresh = async (): Promise<void> => {
    const mine = (ticket += 1);
    status.textContent = 'Making the embed…';
    const { query, shown } = await scopeQuery();
    if (mine !== ticket) return;
    const beyond = beyondLimits(query, shown);
    if (beyond) {
      link = undefined;
      snippet.value = '';
      status.textContent = beyond;
      return;
    }
    if (titleEdited && title.value.trim() !== '') query.set('title', title.value.trim());
    if (caption.value.trim() !== '') query.set('caption', caption.value.trim());
    if (theme.value !== 'auto') query.set('theme', theme.value);
    if (!timeline.checked) query.set('timeline', '0');
    const response = await fetchWithToken(`/api/embed/sign?${query.toString()}`, {
      headers: { Accept: 'application/json' },
    });
    if (mine !== ticket) return;
    if (!response.ok) {
      link = undefined;
      snippet.value = '';
      status.textContent = `This cannot be embedded: ${await problemText(response)}`;
      return;
    }
    link = (await response.json()) as EmbedLink;
    if (!titleEdited) title.value = link.title;
    const h = Number(height.value);
    snippet.value = iframeSnippet(link.embed, link.title, h);
    preview.style.height = `${h}px`;
    preview.src = link.embed;
    status.textContent = link.signed
      ? 'Signed: the embed shows exactly this, with this title and caption; a changed address is refused.'
      : 'Ready: copy the code or download the file.';
  };
  const update = (): void => {
    void refresh();
  };

  const open = (scope: EmbedScope['key'] = 'view', from: HTMLElement = button): void => {
    opener = from;
    offered = scopes();
    what.replaceChildren(
      el('option', { text: 'This view', attrs: { value: 'view' } }),
      ...offered.map((s) => el('option', { text: s.label, attrs: { value: s.key } })),
    );
    what.value = offered.some((s) => s.key === scope) ? scope : 'view';
    titleEdited = false;
    title.value = '';
    if (!dialog.open) dialog.showModal();
    update();
  };
  button.addEventListener('click', () => open('view', button));
  what.addEventListener('change', () => {
    if (title.value.trim() === '') titleEdited = false;
    update();
  });
  title.addEventListener('input', () => (titleEdited = title.value.trim() !== ''));
  for (const input of [title, caption, height, theme, timeline])
    input.addEventListener('change', update);
  close.addEventListener('click', () => dialog.close());
  // Escape closes a modal dialog by itself; either way focus goes back where it came from.
  dialog.addEventListener('close', () => (opener.isConnected ? opener : button).focus());
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
  return { open };
}
