// The visible facts as a plain list of sentences, for screen readers and for reading; facts whose
// standing is uncertain on the view's day say so.
import type { SerializedGraph } from '../../../server/domain/model';
import { factSentence } from '../../../server/domain/sentences';
import { el } from './dom';

/** Fills `panel` with one sentence per visible fact (textContent only). */
export function renderFactList(
  panel: HTMLElement,
  visible: SerializedGraph,
  uncertain: ReadonlySet<string>,
): void {
  const names = new Map(visible.nodes.map((n) => [n.key, n.attributes.name]));
  const items = visible.edges.map((e) =>
    el('li', {
      text:
        factSentence(
          {
            type: e.attributes.type,
            subject: e.source,
            object: e.target,
            time: e.attributes.time,
          },
          (id) => names.get(id) ?? id,
        ) + (uncertain.has(e.key) ? ' (Uncertain on this day.)' : ''),
      ...(uncertain.has(e.key) ? { className: 'uncertain' } : {}),
    }),
  );
  panel.replaceChildren(el('ul', {}, ...items));
}
