// An entity picked by search (the fact's subject and object, a source's publisher): the
// explorer's type-ahead box; the id is the pick's, and typing again forgets it.
import { createSearchBox } from '../explorer/search-box';
import { el } from '../explorer/dom';
import type { AuthoringHost } from './authoring-host';

/** A picker: its element, the picked id ('' when none) and the text typed. */
export interface EntityPicker {
  readonly element: HTMLElement;
  value(): string;
  text(): string;
}

/** A picker labelled `label`, starting at entity `id` ('' for none). */
export function entityPicker(host: AuthoringHost, label: string, id = ''): EntityPicker {
  let picked = id;
  let pickedName = id ? host.entityName(id) : '';
  const box = createSearchBox({
    label,
    placeholder: 'Search by name…',
    search: (text, signal) => host.search(text, signal),
    onPick: (hit) => {
      picked = hit.id;
      pickedName = hit.name;
      box.dataset.picked = hit.id;
    },
  });
  const input = box.querySelector('input');
  if (input) input.value = pickedName;
  if (picked) box.dataset.picked = picked;
  box.addEventListener('input', () => {
    if (input?.value !== pickedName) {
      picked = '';
      delete box.dataset.picked;
    }
  });
  const element = el('div', { className: 'field picker' }, el('span', { text: label }), box);
  return { element, value: () => picked, text: () => input?.value.trim() ?? '' };
}
