// Filters: entity kinds and fact types with counts, each with "only" (that one alone) and each
// group with "All" (every one again), and a date range.
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import { ENTITY_KINDS } from '../../../server/domain/vocabulary';
import { KIND_STYLES } from '../graph/style';
import { el } from './dom';
import type { FilterChange } from './state/actions';
import type { ViewState } from './view-state';
import type { Counts } from './visible-graph';

export type { FilterChange };

/** A small button: its words and the name a screen reader gives it (which holds the words). */
function small(text: string, name: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', {
    className: 'small',
    text,
    attrs: { type: 'button', 'aria-label': name },
  });
  b.addEventListener('click', onClick);
  return b;
}

function toggled<T>(list: readonly T[], item: T, visible: boolean): T[] {
  return visible ? list.filter((x) => x !== item) : [...list, item];
}

/**
 * Renders the filters for the loaded graph's counts and the current state; fact types in the
 * order and words of `factTypes` (the explorer's registry).
 */
export function renderFilters(
  panel: HTMLElement,
  counts: Counts,
  state: ViewState,
  factTypes: FactTypeLookup,
  onChange: (change: FilterChange) => void,
): void {
  const box = (
    label: string,
    count: number,
    checked: boolean,
    color: string | undefined,
    on: (v: boolean) => void,
    only: () => void,
  ): HTMLElement => {
    const input = el('input', { attrs: { type: 'checkbox' } });
    input.checked = checked;
    input.addEventListener('change', () => on(input.checked));
    const swatch = color
      ? el('span', { className: 'swatch', attrs: { 'data-color': color } })
      : null;
    if (swatch && color) swatch.style.setProperty('--swatch', color);
    const row = el('label', {}, input, swatch, document.createTextNode(` ${label} (${count})`));
    return el('div', { className: 'filter-row' }, row, small('only', `Show only ${label}`, only));
  };
  const group = (legend: string, showAll: () => void): HTMLElement =>
    el(
      'fieldset',
      {},
      el('legend', { text: legend }),
      small('All', `Show all ${legend.toLowerCase()}`, showAll),
    );
  const kinds = group('Entities', () => onChange({ hiddenKinds: [] }));
  for (const kind of ENTITY_KINDS) {
    const n = counts.kinds.get(kind) ?? 0;
    if (n === 0) continue;
    kinds.append(
      box(
        kind,
        n,
        !state.hiddenKinds.includes(kind),
        KIND_STYLES[kind].color,
        (v) => onChange({ hiddenKinds: toggled(state.hiddenKinds, kind, v) }),
        () => onChange({ hiddenKinds: ENTITY_KINDS.filter((k) => k !== kind) }),
      ),
    );
  }
  const types = group('Facts', () => onChange({ hiddenTypes: [] }));
  // The types the loaded graph holds: the vocabulary's order, then imported ones by label.
  const order = factTypes.known().map((t) => t.name);
  const present = [...counts.types.entries()]
    .filter(([, n]) => n > 0)
    .map(([type, n]) => ({
      type,
      n,
      label: factTypes.lookup(type).label,
      rank: order.indexOf(type),
    }))
    .sort(
      (a, b) =>
        (a.rank === -1 ? 1e9 : a.rank) - (b.rank === -1 ? 1e9 : b.rank) ||
        a.label.localeCompare(b.label),
    );
  for (const { type, n, label } of present) {
    types.append(
      box(
        label,
        n,
        !state.hiddenTypes.includes(type),
        undefined,
        (v) => onChange({ hiddenTypes: toggled(state.hiddenTypes, type, v) }),
        () => onChange({ hiddenTypes: present.map((p) => p.type).filter((t) => t !== type) }),
      ),
    );
  }
  const date = (label: string, value: string | undefined, key: 'from' | 'to'): HTMLElement => {
    const input = el('input', { attrs: { type: 'date', 'aria-label': label } });
    input.value = value ?? '';
    input.addEventListener('change', () =>
      onChange({ [key]: input.value === '' ? undefined : input.value }),
    );
    return el('label', {}, document.createTextNode(`${label} `), input);
  };
  const dates = el(
    'fieldset',
    {},
    el('legend', { text: 'Dates' }),
    date('From', state.from, 'from'),
    date('To', state.to, 'to'),
  );
  panel.replaceChildren(kinds, types, dates);
}
