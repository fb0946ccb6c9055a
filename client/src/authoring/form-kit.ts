// Small form parts the authoring forms share: labelled fields, a select over a list, the
// editor token row, the list of what is missing (each item names its field), and a status
// line. Text goes in through textContent only.
import type { MissingField } from '../../../server/domain/citation-rules';
import { el } from '../explorer/dom';
import { editorToken, setEditorToken } from '../merge-api';

/** A label wrapping its text and control (pressing the label presses the control). */
export function field(text: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  return el(
    'label',
    { className: 'field' },
    el('span', { text }),
    control,
    hint ? el('span', { className: 'meta hint', text: hint }) : null,
  );
}

/** A text input named `name` holding `value`. */
export function textInput(
  name: string,
  value = '',
  attrs: Record<string, string> = {},
): HTMLInputElement {
  const input = el('input', { attrs: { type: 'text', name, autocomplete: 'off', ...attrs } });
  input.value = value;
  return input;
}

/** A textarea named `name` holding `value`. */
export function textArea(name: string, value = '', rows = 2): HTMLTextAreaElement {
  const area = el('textarea', { attrs: { name, rows: String(rows) } });
  area.value = value;
  return area;
}

/** A select named `name` over `[value, text]` options, `value` chosen. */
export function selectOf(
  name: string,
  options: readonly (readonly [string, string])[],
  value: string,
): HTMLSelectElement {
  const select = el('select', { attrs: { name } });
  for (const [v, text] of options) select.append(el('option', { text, attrs: { value: v } }));
  select.value = value;
  return select;
}

/** The editor token row, hidden while this tab holds a token; shown again after a 401. */
export function tokenRow(): { readonly row: HTMLElement; keep(): void; ask(): void } {
  const input = el('input', {
    attrs: { type: 'password', name: 'editor-token', autocomplete: 'off' },
  });
  const row = field('Editor token', input);
  row.hidden = editorToken() !== null;
  return {
    row,
    keep: () => {
      if (input.value.trim() !== '') setEditorToken(input.value);
    },
    ask: () => {
      row.hidden = false;
    },
  };
}

/** A polite live region saying what happened, or a refusal (`error`) with the fields it names. */
export function statusArea(): {
  readonly element: HTMLElement;
  say(text: string, error?: boolean): void;
  missing(intro: string, fields: readonly MissingField[]): void;
} {
  const element = el('div', { className: 'form-status', attrs: { 'aria-live': 'polite' } });
  return {
    element,
    say(text, error = false) {
      element.replaceChildren(el('p', { className: error ? 'error' : 'meta', text }));
    },
    missing(intro, fields) {
      element.replaceChildren(
        el('p', { className: 'error', text: intro }),
        el(
          'ul',
          { className: 'missing' },
          ...fields.map((f) =>
            el('li', { text: `${f.path}: ${f.message}`, attrs: { 'data-path': f.path } }),
          ),
        ),
      );
    },
  };
}

/** A button of type `type` with `text`. */
export function button(text: string, type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  return el('button', { text, attrs: { type } });
}

/** The message of an error of any kind. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Sections open in this tab, by key: a section drawn again after a save opens as it was. */
const openSections = new Set<string>();

/** Keeps `section` open across redraws of the details (by `key`), and returns it. */
export function rememberOpen(section: HTMLDetailsElement, key: string): HTMLDetailsElement {
  section.open = openSections.has(key);
  section.addEventListener('toggle', () => {
    if (section.open) openSections.add(key);
    else openSections.delete(key);
  });
  return section;
}

/**
 * A <details> titled `summary` whose body is built when first opened (so a form offers the
 * sources loaded by then), its open state kept by `key` across redraws.
 */
export function lazySection(
  key: string,
  className: string,
  summary: string,
  body: () => HTMLElement,
): HTMLDetailsElement {
  const section = el('details', { className }, el('summary', { text: summary }));
  let built = false;
  const build = (): void => {
    if (!section.open || built) return;
    built = true;
    section.append(body());
  };
  section.addEventListener('toggle', build);
  rememberOpen(section, key);
  build();
  return section;
}
