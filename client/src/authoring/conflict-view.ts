// A save refused as stale (409): both versions side by side in words, field by field, with
// "Load theirs" to start again from the stored record. Nothing is overwritten silently.
import { el } from '../explorer/dom';
import { button } from './form-kit';
import { differences, type Names } from './record-words';

/**
 * The conflict box: `theirs` (the stored record the server answered as `current`) beside
 * `yours` (the record as this form would save it), over `fields`; `reload` starts again from
 * theirs.
 */
export function conflictView(
  theirs: Readonly<Record<string, unknown>>,
  yours: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  names: Names,
  reload: () => void,
): HTMLElement {
  const rows = differences(theirs, yours, fields, names);
  const revision = typeof theirs.revision === 'number' ? theirs.revision : 0;
  const table = el(
    'table',
    { className: 'conflict-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { text: 'Field', attrs: { scope: 'col' } }),
        el('th', { text: 'Theirs (saved)', attrs: { scope: 'col' } }),
        el('th', { text: 'Yours (not saved)', attrs: { scope: 'col' } }),
      ),
    ),
    el(
      'tbody',
      {},
      ...rows.map((r) =>
        el(
          'tr',
          { attrs: { 'data-field': r.field } },
          el('th', { text: r.label, attrs: { scope: 'row' } }),
          el('td', { className: 'theirs', text: r.theirs }),
          el('td', { className: 'yours', text: r.yours }),
        ),
      ),
    ),
  );
  const load = button('Load theirs and edit again');
  load.addEventListener('click', reload);
  return el(
    'div',
    { className: 'conflict-box', attrs: { role: 'alert' } },
    el('p', {
      className: 'warning',
      text:
        `Someone saved this since you opened it (now revision ${revision}). ` +
        'Your changes were not saved and nothing was overwritten.',
    }),
    rows.length > 0
      ? table
      : el('p', { className: 'meta', text: 'Their version and yours now say the same.' }),
    load,
  );
}
