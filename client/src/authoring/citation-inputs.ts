// The citation a fact form adds: an existing source (picked from those the explorer has
// loaded) or a new one (address, publisher, title, publication date), and the quoted span,
// the source's words that state the fact. Citations the fact has are listed to keep or drop.
import type { Citation } from '../../../server/domain/model';
import { el } from '../explorer/dom';
import type { AuthoringHost } from './authoring-host';
import { entityPicker } from './entity-picker';
import type { CitationDraft } from './fact-draft';
import { field, selectOf, textArea, textInput } from './form-kit';
import { valueWords } from './record-words';
import { namesOf } from './authoring-host';

let counter = 0;

/** The inputs of the citation to add. */
export function citationInputs(host: AuthoringHost): {
  readonly element: HTMLFieldSetElement;
  read(): CitationDraft;
} {
  counter += 1;
  const group = `citation-mode-${counter}`;
  const radio = (value: 'existing' | 'new', text: string, checked: boolean): HTMLLabelElement => {
    const input = el('input', { attrs: { type: 'radio', name: group, value } });
    input.checked = checked;
    return el('label', { className: 'choice' }, input, el('span', { text }));
  };
  const sources = Object.values(host.sources()).sort((a, b) => a.title.localeCompare(b.title));
  const existing = selectOf(
    'source',
    [
      ['', '(pick a source)'],
      ...sources.map(
        (s) => [s.id, `${s.title} — ${host.entityName(s.publisher)}, ${s.published}`] as const,
      ),
    ],
    '',
  );
  const url = textInput('source-url', '', { type: 'url', placeholder: 'https://' });
  const publisher = entityPicker(host, 'Publisher');
  const title = textInput('source-title');
  const published = textInput('source-published', '', { placeholder: '2016-06-20' });
  const span = textArea('span', '', 3);
  const pick = el('div', { className: 'pick-source' }, field('Source', existing));
  const fresh = el(
    'div',
    { className: 'new-source' },
    field('Address (URL)', url),
    publisher.element,
    field('Title', title),
    field('Publication date', published, '2016, 2016-06 or 2016-06-20'),
  );
  const modes = el(
    'div',
    { className: 'choices', attrs: { role: 'radiogroup', 'aria-label': 'Which source' } },
    radio('existing', 'A source already cited', true),
    radio('new', 'A new source', false),
  );
  const mode = (): 'existing' | 'new' =>
    modes.querySelector<HTMLInputElement>('input:checked')?.value === 'new' ? 'new' : 'existing';
  const show = (): void => {
    pick.hidden = mode() !== 'existing';
    fresh.hidden = mode() !== 'new';
  };
  modes.addEventListener('change', show);
  show();
  const element = el(
    'fieldset',
    { className: 'citation' },
    el('legend', { text: 'Cite a source (every fact needs one)' }),
    modes,
    pick,
    fresh,
    field('Quoted span: the words of the source that state it', span),
  );
  return {
    element,
    read: () => ({
      mode: mode(),
      source: existing.value,
      title: title.value,
      publisher: publisher.value() || publisher.text(),
      url: url.value,
      published: published.value,
      span: span.value,
    }),
  };
}

/** The citations a fact has, each with a "keep" box (ticked); `read` gives those kept. */
export function keptCitations(
  host: AuthoringHost,
  citations: readonly Citation[],
): { readonly element: HTMLElement | null; read(): Citation[] } {
  if (citations.length === 0) return { element: null, read: () => [] };
  const names = namesOf(host);
  const boxes = citations.map((c) => {
    const input = el('input', { attrs: { type: 'checkbox', name: 'keep-citation' } });
    input.checked = true;
    return { c, input };
  });
  const element = el(
    'fieldset',
    { className: 'kept-citations' },
    el('legend', { text: 'Sources it cites' }),
    ...boxes.map(({ c, input }) =>
      el(
        'label',
        { className: 'choice' },
        input,
        el('span', { text: `Keep: ${valueWords('sources', [c], names)}` }),
      ),
    ),
  );
  return { element, read: () => boxes.filter((b) => b.input.checked).map((b) => b.c) };
}
