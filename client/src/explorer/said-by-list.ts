// The entity details' "also said by" list: values other files or datasets gave that are not
// the entity's own (server/domain/said-by.ts), one line each. Built with textContent only;
// the source's name and the value are isolated (<bdi>) so their direction never mixes.
import type { Entity } from '../../../server/domain/model';
import { saidDifferences } from '../../../server/domain/said-by';
import { el } from './dom';

/** A value as the list shows it: lists joined with ", ". */
function shown(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The list for `entity`, or null when no other source said anything different. */
export function saidByList(entity: Omit<Entity, 'id'>): HTMLElement | null {
  const differences = saidDifferences(
    {
      name: entity.name,
      kind: entity.kind,
      summary: entity.summary,
      aliases: entity.aliases,
      attributes: entity.attributes ?? {},
    },
    entity.saidBy,
  );
  if (differences.length === 0) return null;
  const list = el('ul', { className: 'said-by meta', attrs: { 'aria-label': 'Also said by' } });
  for (const d of differences) {
    list.append(
      el(
        'li',
        {},
        document.createTextNode('also said by '),
        el('bdi', { text: d.source }),
        document.createTextNode(`: ${d.field} `),
        el('bdi', { text: shown(d.value) }),
      ),
    );
  }
  return list;
}
