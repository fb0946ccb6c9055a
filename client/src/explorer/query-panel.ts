// The analyst panel: read-only Cypher sent to the API; rows as a table, entities and facts
// found in them handed to the graph.
import type { CypherAnswer } from '../../../server/domain/api';
import { el } from './dom';

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

const cell = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

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
  button.addEventListener('click', () => {
    output.replaceChildren(el('p', { className: 'meta', text: 'Running…' }));
    run(textarea.value).then(
      (result) => {
        const head = el('tr', {}, ...result.columns.map((c) => el('th', { text: c })));
        const body = result.rows.map((r) =>
          el('tr', {}, ...result.columns.map((c) => el('td', { text: cell(r[c]) }))),
        );
        output.replaceChildren(
          el('p', {
            className: 'meta',
            text: `${result.rows.length} rows${result.truncated ? ` (${result.note ?? 'cut at the row cap'})` : ''}`,
          }),
          el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)),
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
