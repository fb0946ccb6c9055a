// The side panel's "Add to the graph": a new entity, and a new fact between any two entities,
// each form built when its section is first opened.
import { el } from '../explorer/dom';
import type { AuthoringHost } from './authoring-host';
import { entityForm } from './entity-form';
import { factForm } from './fact-form';
import { lazySection } from './form-kit';

/** Fills `root` with the new-entity and new-fact sections. */
export function createAddPanel(root: HTMLElement, host: AuthoringHost): void {
  root.replaceChildren(
    el('p', {
      className: 'meta',
      text: 'Needs an editor token. Every fact cites a source; every change is kept in the history.',
    }),
    lazySection('add:entity', 'add-entity', 'New entity', () => entityForm(host)),
    lazySection('add:fact', 'add-fact', 'New fact', () => factForm(host)),
  );
}
