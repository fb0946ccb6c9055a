// A type-ahead search box (ARIA combobox): names and aliases, typos tolerated, keyboard usable.
import type { SearchHit } from '../../../server/domain/api';
import { el } from './dom';

export interface SearchBoxOptions {
  readonly label: string;
  readonly placeholder: string;
  readonly search: (text: string, signal: AbortSignal) => Promise<SearchHit[]>;
  readonly onPick: (hit: SearchHit) => void;
}

let counter = 0;

/** Builds the box; returns its root element. */
export function createSearchBox(options: SearchBoxOptions): HTMLElement {
  counter += 1;
  const listId = `search-list-${counter}`;
  const input = el('input', {
    attrs: {
      type: 'search',
      role: 'combobox',
      'aria-label': options.label,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      placeholder: options.placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = el('ul', {
    className: 'search-results',
    attrs: { id: listId, role: 'listbox', hidden: '' },
  });
  const root = el('div', { className: 'search-box' }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    input.value = hit.name;
    close();
    options.onPick(hit);
  };
  const show = (): void => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const option = el(
          'li',
          {
            attrs: {
              role: 'option',
              id: `${listId}-${i}`,
              'aria-selected': String(i === active),
              'data-id': hit.id,
            },
          },
          el('span', { className: 'name', text: hit.name }),
          el('span', { className: 'meta', text: ` ${hit.kind}` }),
        );
        option.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(hit);
        });
        return option;
      }),
    );
    if (hits.length === 0 && input.value.trim() !== '') {
      list.replaceChildren(
        el('li', {
          className: 'empty',
          text: 'No entity matches',
          attrs: { role: 'option', 'aria-disabled': 'true' },
        }),
      );
    }
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => {
      pending?.abort();
      pending = new AbortController();
      options.search(text, pending.signal).then(
        (found) => {
          hits = found;
          active = found.length > 0 ? 0 : -1;
          show();
        },
        (error: unknown) => {
          if ((error as Error).name !== 'AbortError') {
            hits = [];
            list.replaceChildren(
              el('li', { className: 'empty', text: `Search failed: ${(error as Error).message}` }),
            );
            list.hidden = false;
          }
        },
      );
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      show();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const text = input.value.trim();
      if (hits.length > 0 || text === '') {
        pick(hits[Math.max(active, 0)]);
        return;
      }
      // Enter before the type-ahead answered: search now and take the best match.
      clearTimeout(timer);
      pending?.abort();
      pending = new AbortController();
      void options.search(text, pending.signal).then(
        (found) => pick(found[0]),
        () => undefined,
      );
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return root;
}
