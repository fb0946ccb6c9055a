// The article's text with each mention of a known entity marked, built from text nodes and
// elements whose text is set through textContent only (never as HTML).
import type { ArticleAnalysis } from '../../../server/domain/wire/articles';
import { el } from '../explorer/dom';

/** What the marked text needs: the analysis, and what a click on a mention does. */
export interface MarkedTextOptions {
  readonly text: string;
  readonly analysis: ArticleAnalysis;
  /** Called with the entity id when a person opens a mention. */
  readonly onOpen: (entity: string) => void;
}

/**
 * The text as a `<div>`: known mentions as buttons (`mark.mention`, `data-entity`, ambiguous ones
 * `mark.ambiguous` with the candidates in their title), new names as `span.new-name`, the rest
 * plain text nodes. Line breaks are kept by CSS (`white-space: pre-wrap`).
 */
export function markedText({ text, analysis, onOpen }: MarkedTextOptions): HTMLElement {
  const box = el('div', { className: 'article-text', attrs: { 'aria-label': 'Article text' } });
  type Run = { start: number; end: number; node: () => HTMLElement };
  const runs: Run[] = [];
  for (const m of analysis.mentions) {
    runs.push({
      start: m.start,
      end: m.end,
      node: () => {
        const name = analysis.entities[m.entity]?.name ?? m.entity;
        const others = (m.candidates ?? []).map((c) => analysis.entities[c]?.name ?? c);
        const mark = el('mark', {
          className: m.candidates ? 'mention ambiguous' : 'mention',
          text: text.slice(m.start, m.end),
          attrs: {
            'data-entity': m.entity,
            role: 'button',
            tabindex: '0',
            title: m.candidates ? `One of: ${others.join(', ')}` : name,
          },
        });
        mark.addEventListener('click', () => onOpen(m.entity));
        mark.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onOpen(m.entity);
          }
        });
        return mark;
      },
    });
  }
  for (const n of analysis.newEntities) {
    if (runs.some((r) => r.start < n.end && n.start < r.end)) continue;
    runs.push({
      start: n.start,
      end: n.end,
      node: () =>
        el('span', {
          className: 'new-name',
          text: text.slice(n.start, n.end),
          attrs: { title: `Not in the graph (a ${n.kind}?)` },
        }),
    });
  }
  runs.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const run of runs) {
    if (run.start < at) continue;
    box.append(document.createTextNode(text.slice(at, run.start)), run.node());
    at = run.end;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}
