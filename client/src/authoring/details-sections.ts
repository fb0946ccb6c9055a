// The authoring sections the details panel adds (one block each, after what it shows): for an
// entity, edit it, add a fact about it, and its history; for a fact, edit it, rank it, and its
// history. Each part is a <details> that keeps its open state across redraws.
import type { EntityDetails } from '../../../server/domain/api';
import type { Fact, GraphEdge } from '../../../server/domain/model';
import { el } from '../explorer/dom';
import type { AuthoringHost } from './authoring-host';
import { entityForm } from './entity-form';
import { factForm } from './fact-form';
import { lazySection as part } from './form-kit';
import { historySection } from './history-list';
import { rankForm } from './rank-form';

/** The entity's authoring section: edit, add a fact about it, history. */
export function entityAuthoring(host: AuthoringHost, details: EntityDetails): HTMLElement {
  const entity = details.entity;
  return el(
    'section',
    { className: 'authoring', attrs: { 'aria-label': `Edit ${entity.name}` } },
    part(`edit:entity:${entity.id}`, 'edit-entity', 'Edit this entity', () =>
      entityForm(host, entity),
    ),
    part(`add-fact:${entity.id}`, 'add-fact', `Add a fact about ${entity.name}`, () =>
      factForm(host, undefined, entity.id),
    ),
    historySection(host, 'entity', entity.id),
  );
}

/** The fact of a graph edge. */
export function factOfEdge(edge: GraphEdge): Fact {
  return { id: edge.key, subject: edge.source, object: edge.target, ...edge.attributes };
}

/** The fact's authoring section: edit, rank or dispute, history. */
export function factAuthoring(host: AuthoringHost, edge: GraphEdge): HTMLElement {
  const fact = factOfEdge(edge);
  return el(
    'section',
    { className: 'authoring', attrs: { 'aria-label': 'Edit this fact' } },
    part(`edit:fact:${fact.id}`, 'edit-fact', 'Edit this fact', () => factForm(host, fact)),
    part(`rank:${fact.id}`, 'rank', 'Rank or dispute this claim', () => rankForm(host, fact)),
    historySection(host, 'fact', fact.id),
  );
}
