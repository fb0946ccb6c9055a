// The entity form: a new entity (name, kind from the allowlist, aliases, summary) or an edit
// of one from the revision it was opened at. A stale save shows both versions (conflict-view).
import type { Entity } from '../../../server/domain/model';
import { ENTITY_KINDS } from '../../../server/domain/vocabulary';
import { el } from '../explorer/dom';
import { createEntity, updateEntity } from './authoring-api';
import { sayRefusal } from './refusal';
import { namesOf, type AuthoringHost } from './authoring-host';
import { conflictView } from './conflict-view';
import {
  draftOfEntity,
  entityInputOf,
  entityMissing,
  entityPatchOf,
  type EntityDraft,
} from './entity-draft';
import { button, field, selectOf, statusArea, textArea, textInput, tokenRow } from './form-kit';

const ENTITY_FIELDS = ['name', 'kind', 'aliases', 'summary'] as const;

/**
 * The form in a box of its own, so a conflict's "Load theirs" can draw it again: for a new
 * entity when `opened` is undefined, else an edit of `opened`.
 */
export function entityForm(host: AuthoringHost, opened?: Entity): HTMLElement {
  const box = el('div', { className: 'entity-form' });
  const draw = (record: Entity | undefined): void => {
    box.replaceChildren(formFor(host, record, draw));
  };
  draw(opened);
  return box;
}

function formFor(
  host: AuthoringHost,
  opened: Entity | undefined,
  redraw: (record: Entity) => void,
): HTMLFormElement {
  const draft = draftOfEntity(opened);
  const name = textInput('name', draft.name);
  const kind = selectOf(
    'kind',
    ENTITY_KINDS.map((k) => [k, k] as const),
    draft.kind,
  );
  const aliases = textArea('aliases', draft.aliases);
  const summary = textArea('summary', draft.summary, 3);
  const comment = textInput('comment');
  const token = tokenRow();
  const status = statusArea();
  const conflict = el('div');
  const save = button(opened ? 'Save changes' : 'Add entity', 'submit');
  const form = el(
    'form',
    { className: 'authoring-form', attrs: { 'aria-label': opened ? 'Edit entity' : 'New entity' } },
    field('Name', name),
    field('Kind', kind),
    field('Also known as', aliases, 'one name per line'),
    field('Summary', summary),
    field('Why (kept in the history)', comment),
    token.row,
    save,
    status.element,
    conflict,
  );
  const read = (): EntityDraft => ({
    kind: kind.value,
    name: name.value,
    aliases: aliases.value,
    summary: summary.value,
    comment: comment.value,
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const now = read();
    const missing = entityMissing(now);
    if (missing.length > 0) {
      status.missing('Not sent: the entity needs', missing);
      return;
    }
    token.keep();
    const patch = opened ? entityPatchOf(opened, now) : null;
    if (opened && !patch) {
      status.say('Nothing changed.');
      return;
    }
    save.disabled = true;
    status.say('Saving…');
    conflict.replaceChildren();
    const saving =
      opened && patch ? updateEntity(opened.id, patch) : createEntity(entityInputOf(now));
    saving
      .then((saved) => {
        status.say(`Saved ${saved.name} (revision ${saved.revision ?? 0}).`);
        host.saved({ kind: 'entity', id: saved.id });
      })
      .catch((error: unknown) => {
        save.disabled = false;
        const showBoth = (base: Entity) => (current: unknown) => {
          const theirs = current as Entity;
          const yours = { ...base, ...entityInputOf(now) };
          conflict.replaceChildren(
            conflictView(theirs, yours, ENTITY_FIELDS, namesOf(host), () => redraw(theirs)),
          );
        };
        sayRefusal(error, { status, token }, opened ? showBoth(opened) : undefined);
      });
  });
  return form;
}
