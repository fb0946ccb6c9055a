// An entity's story in the details panel: dated sentences with sources, to copy or download.
import { el } from '../explorer/dom';
import { download } from '../explorer/export-view';
import { pagedList } from '../explorer/paged-list';
import { storyCsv, storyJson, storyMarkdown, type StoryLine } from './story';

/**
 * An entity's story in `container`: its dated sentences and copy or download buttons (CSV,
 * Markdown, JSON).
 */
export function renderStory(
  container: HTMLElement,
  entity: string,
  name: string,
  lines: readonly StoryLine[],
): void {
  if (lines.length === 0) return;
  const button = (text: string, onClick: () => void): HTMLButtonElement => {
    const b = el('button', { text, attrs: { type: 'button' } });
    b.addEventListener('click', onClick);
    return b;
  };
  const status = el('span', { className: 'meta', attrs: { 'aria-live': 'polite' } });
  const list = el('ol', { className: 'story' });
  // A page of lines at a time; the downloads and the copy hold every line.
  const more = pagedList(
    list,
    lines,
    (l) =>
      el(
        'li',
        {},
        el('strong', { text: l.when }),
        document.createTextNode(` — ${l.sentence}`),
        l.disputed ? el('span', { className: 'warning', text: ' (sources disagree)' }) : null,
        l.context ? el('span', { className: 'meta', text: ' (context)' }) : null,
        el('span', {
          className: 'meta',
          text: ` ${[...new Set(l.sources.map((s) => s.publisher))].join(', ')}`,
        }),
      ),
    'lines',
  );
  container.append(
    el(
      'section',
      { className: 'story-section', attrs: { 'aria-label': `${name}: a timeline` } },
      el('h3', { text: `${name}: a timeline` }),
      el(
        'div',
        { className: 'actions' },
        button('Copy', () => {
          navigator.clipboard.writeText(storyMarkdown(name, lines)).then(
            () => (status.textContent = ' Copied as Markdown.'),
            () => (status.textContent = ' The browser refused the clipboard; use a download.'),
          );
        }),
        button('CSV', () =>
          download(`${entity}-timeline.csv`, new Blob([storyCsv(lines)], { type: 'text/csv' })),
        ),
        button('JSON', () =>
          download(
            `${entity}-timeline.json`,
            new Blob([storyJson(entity, name, lines)], { type: 'application/json' }),
          ),
        ),
        button('Markdown', () =>
          download(
            `${entity}-timeline.md`,
            new Blob([storyMarkdown(name, lines)], { type: 'text/markdown' }),
          ),
        ),
        status,
      ),
      list,
      more,
    ),
  );
}
