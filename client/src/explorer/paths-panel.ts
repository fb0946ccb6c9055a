// Explain a connection: pick two entities, see the paths and their plain-sentence explanation.
import type { PathsAnswer, SearchHit } from '../../../server/domain/api';
import { el } from './dom';
import { createSearchBox } from './search-box';

export interface PathsPanelOptions {
  readonly search: (text: string, signal: AbortSignal) => Promise<SearchHit[]>;
  readonly onPair: (from: string, to: string) => void;
  readonly onClear: () => void;
  /** Opens the Embed dialog on the path shown; `opener` gets focus back when it closes. */
  readonly onEmbed?: (opener: HTMLElement) => void;
}

/** Builds the picker; `show` fills in an answer. */
export function createPathsPanel(panel: HTMLElement, options: PathsPanelOptions) {
  let from: string | undefined;
  let to: string | undefined;
  const result = el('div', { className: 'path-result', attrs: { 'aria-live': 'polite' } });
  const ask = (): void => {
    if (from && to && from !== to) options.onPair(from, to);
  };
  const fromBox = createSearchBox({
    label: 'Path from',
    placeholder: 'From…',
    search: options.search,
    onPick: (hit) => {
      from = hit.id;
      // The next thing to pick is where the path goes (unless that is known already).
      if (!to) toBox.querySelector('input')?.focus();
      ask();
    },
  });
  const toBox = createSearchBox({
    label: 'Path to',
    placeholder: 'To…',
    search: options.search,
    onPick: (hit) => {
      to = hit.id;
      ask();
    },
  });
  const clear = el('button', { text: 'Clear', attrs: { type: 'button' } });
  clear.addEventListener('click', () => {
    from = undefined;
    to = undefined;
    for (const input of panel.querySelectorAll('input')) input.value = '';
    result.replaceChildren();
    options.onClear();
  });
  panel.replaceChildren(el('h2', { text: 'Explain a connection' }), fromBox, toBox, clear, result);
  const setInput = (box: HTMLElement, value: string): void => {
    const input = box.querySelector('input');
    if (input) input.value = value;
  };
  return {
    setFrom(id: string, name: string): void {
      from = id;
      setInput(fromBox, name);
      toBox.querySelector('input')?.focus();
    },
    show(answer: PathsAnswer, fromId: string, toId: string): void {
      from = fromId;
      to = toId;
      const names = new Map(answer.graph.nodes.map((n) => [n.key, n.attributes.name]));
      setInput(fromBox, names.get(fromId) ?? fromId);
      setInput(toBox, names.get(toId) ?? toId);
      if (answer.paths.length === 0) {
        result.replaceChildren(el('p', { text: 'No connection within six steps.' }));
        return;
      }
      const embed = options.onEmbed
        ? el('button', { text: 'Embed this path…', attrs: { type: 'button' } })
        : null;
      embed?.addEventListener('click', () => options.onEmbed?.(embed));
      result.replaceChildren(
        ...(embed ? [embed] : []),
        ...answer.paths.map((p, i) =>
          el(
            'section',
            { className: 'path' },
            el('h3', {
              text: `Path ${i + 1}: ${p.nodes.map((n) => names.get(n) ?? n).join(' → ')}`,
            }),
            el('ol', {}, ...p.sentences.map((s) => el('li', { text: s }))),
          ),
        ),
      );
    },
    error(message: string): void {
      result.replaceChildren(el('p', { className: 'error', text: message }));
    },
  };
}
