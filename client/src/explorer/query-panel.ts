// The analyst panel: read-only Cypher sent to the API; rows as a table (entities, facts, lists
// and maps written out, query-cells.ts), openable full width; entities and facts found in them
// handed to the graph.
import type { CypherAnswer } from '../../../server/domain/api';
import { el } from './dom';
import { cellContent } from './query-cells';

/** Entity ids and fact ids found in result values (nodes, relationships, paths, lists). */
export function graphIdsIn(rows: readonly Record<string, unknown>[]): {
  entities: string[];
  facts: string[];
} {
  const entities = new Set<string>();
  const facts = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const v = value as { labels?: unknown; type?: unknown; properties?: { id?: unknown } };
    const id = v.properties?.id;
    if (Array.isArray(v.labels) && v.labels.includes('Entity') && typeof id === 'string')
      entities.add(id);
    else if (typeof v.type === 'string' && typeof id === 'string') facts.add(id);
    else Object.values(value).forEach(visit);
  };
  rows.forEach(visit);
  return { entities: [...entities], facts: [...facts] };
}

/** The answer as a table, each value written out for reading. */
function answerTable(result: CypherAnswer): HTMLTableElement {
  const head = el(
    'tr',
    {},
    ...result.columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })),
  );
  const body = result.rows.map((r) =>
    el('tr', {}, ...result.columns.map((c) => el('td', {}, cellContent(r[c])))),
  );
  return el('table', {}, el('thead', {}, head), el('tbody', {}, ...body));
}

/** A dialog over the page, nearly full width, for a wide answer; Escape or Close shuts it. */
function wideDialog(): { dialog: HTMLDialogElement; show(content: Node): void } {
  const close = el('button', { text: 'Close', attrs: { type: 'button' } });
  const box = el('div', { className: 'query-output' });
  const dialog = el(
    'dialog',
    { className: 'query-wide', attrs: { 'aria-label': 'Query answer, full width' } },
    close,
    box,
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  return {
    dialog,
    show(content) {
      box.replaceChildren(content);
      dialog.showModal();
    },
  };
}

/**
 * The analyst panel in `panel`: runs Cypher with `run`, shows rows, hands found ids to `onGraph`.
 */
export function createQueryPanel(
  panel: HTMLElement,
  run: (query: string) => Promise<CypherAnswer>,
  onGraph: (ids: { entities: string[]; facts: string[] }) => void,
): void {
  const textarea = el('textarea', {
    attrs: { rows: '5', 'aria-label': 'Cypher query', spellcheck: 'false' },
  });
  textarea.value = "MATCH (b:Brand)-[r:LEFT]->(o:Entity {id: 'iacc'})\nRETURN b, r, o";
  const button = el('button', { text: 'Run', attrs: { type: 'button' } });
  const output = el('div', { className: 'query-output', attrs: { 'aria-live': 'polite' } });
  const wideView = wideDialog();
  button.addEventListener('click', () => {
    output.replaceChildren(el('p', { className: 'meta', text: 'Running…' }));
    run(textarea.value).then(
      (result) => {
        const wide = el('button', { text: 'Open wide', attrs: { type: 'button' } });
        wide.addEventListener('click', () => wideView.show(answerTable(result)));
        output.replaceChildren(
          el(
            'p',
            {
              className: 'meta',
              text: `${result.rows.length} rows${result.truncated ? ` (${result.note ?? 'cut at the row cap'})` : ''} `,
            },
            wide,
          ),
          answerTable(result),
        );
        const ids = graphIdsIn(result.rows);
        if (ids.entities.length > 0) onGraph(ids);
      },
      (error: unknown) => {
        output.replaceChildren(el('p', { className: 'error', text: (error as Error).message }));
      },
    );
  });
  panel.replaceChildren(
    el('p', {
      className: 'meta',
      text: 'Read-only Cypher; writes and administration are refused.',
    }),
    textarea,
    button,
    output,
  );
}
