// The overview panel: how the first view is drawn (hubs and their links, or communities) and the
// ranked list of the biggest hubs (name, kind, number of facts; activating one selects it).
// Arrow keys, Home and End move along the list. Text only through textContent.
import type { HubEntry } from '../../../server/domain/api';
import { el } from './dom';
import './overview.css';

/** How the overview is drawn. */
export type OverviewMode = 'hubs' | 'communities';

export interface OverviewPanelActions {
  onMode(mode: OverviewMode): void;
  onPickHub(id: string): void;
}

export interface OverviewPanel {
  showHubs(hubs: readonly HubEntry[]): void;
  error(message: string): void;
  setMode(mode: OverviewMode): void;
}

const MODES: readonly { mode: OverviewMode; text: string }[] = [
  { mode: 'hubs', text: 'Hubs and their links' },
  { mode: 'communities', text: 'Communities' },
];

/** Builds the panel in `root`; the hub list stays empty until `showHubs`. */
export function createOverviewPanel(
  root: HTMLElement,
  actions: OverviewPanelActions,
): OverviewPanel {
  const radios = MODES.map(({ mode, text }) => {
    const input = el('input', { attrs: { type: 'radio', name: 'overview-mode', value: mode } });
    input.checked = mode === 'hubs';
    input.addEventListener('change', () => {
      if (input.checked) actions.onMode(mode);
    });
    return el('label', {}, input, document.createTextNode(` ${text}`));
  });
  const modes = el('fieldset', { className: 'overview-modes' }, el('legend', { text: 'Draw' }));
  modes.append(...radios);
  const list = el('ol', { className: 'hub-list', attrs: { id: 'hubs' } });
  const note = el('p', { className: 'meta', text: 'Loading the biggest hubs…' });
  list.addEventListener('keydown', (event) => moveFocus(list, event));
  root.replaceChildren(
    modes,
    el('h3', { text: 'Biggest hubs', attrs: { id: 'hubs-title' } }),
    note,
    list,
  );
  list.setAttribute('aria-labelledby', 'hubs-title');
  return {
    showHubs(hubs) {
      note.textContent =
        hubs.length === 0
          ? 'No entity has a fact yet.'
          : 'Most facts first; choose one to select it.';
      list.replaceChildren(
        ...hubs.map((hub, i) => {
          const button = el(
            'button',
            {
              className: 'hub',
              attrs: { type: 'button', 'data-id': hub.id, tabindex: i === 0 ? '0' : '-1' },
            },
            el('span', { className: 'hub-name', text: hub.name, attrs: { dir: 'auto' } }),
            el('span', {
              className: 'meta',
              text: ` ${hub.kind} · ${hub.facts.toLocaleString('en')} facts`,
            }),
          );
          button.addEventListener('click', () => actions.onPickHub(hub.id));
          return el('li', {}, button);
        }),
      );
    },
    error(message) {
      note.textContent = message;
      note.classList.add('error');
    },
    setMode(mode) {
      for (const label of radios) {
        const input = label.querySelector('input');
        if (input) input.checked = input.value === mode;
      }
    },
  };
}

/** Arrow keys, Home and End move the focus along the list (one tab stop for the whole list). */
function moveFocus(list: HTMLElement, event: KeyboardEvent): void {
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const to =
    event.key === 'ArrowDown'
      ? Math.min(at + 1, buttons.length - 1)
      : event.key === 'ArrowUp'
        ? Math.max(at - 1, 0)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? buttons.length - 1
            : -1;
  if (to < 0) return;
  event.preventDefault();
  buttons.forEach((b, i) => b.setAttribute('tabindex', i === to ? '0' : '-1'));
  buttons[to]?.focus();
}
