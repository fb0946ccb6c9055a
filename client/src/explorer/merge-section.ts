// The entity details' merge section: the suggested duplicates of the entity shown, each with
// "Merge into …" (this entity into the other) or "Merge … into this", an editor token field when
// none was given, and "Undo merge" after one. Nothing is merged without a click.
import type { MergeResponse } from '../../../server/domain/wire/merges';
import {
  editorToken,
  fetchMergeCandidates,
  mergeInto,
  setEditorToken,
  undoMerge,
} from '../merge-api';
import { el } from './dom';

/** What the section does after a merge or an undo: show the entity kept, read the graph again. */
export interface MergeHost {
  /** After a merge or undo: reads the view again and selects `id`. */
  changed(id: string): void;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const REASON: Readonly<Record<string, string>> = {
  name: 'same name',
  alias: 'same name or alias',
  externalId: 'same identifier',
};

/** The last merge made in this tab, until undone: the details of the entity kept offer its undo. */
let lastMerge: { readonly done: MergeResponse; readonly text: string } | undefined;

/** The section for entity `id` named `name`; candidates are read when it is opened. */
export function mergeSection(id: string, name: string, host: MergeHost): HTMLElement {
  const list = el('ul', { className: 'merge-candidates' });
  const status = el('p', { className: 'meta', attrs: { 'aria-live': 'polite' } });
  const token = el('input', {
    attrs: { type: 'password', 'aria-label': 'Editor token', autocomplete: 'off' },
  });
  const tokenRow = el('label', { text: 'Editor token ' }, token);
  tokenRow.hidden = editorToken() !== null;
  token.addEventListener('change', () => setEditorToken(token.value));
  const section = el(
    'details',
    { className: 'merge' },
    el('summary', { text: 'Merge duplicates' }),
    tokenRow,
    list,
    status,
  );
  const say = (text: string, error = false): void => {
    status.textContent = text;
    status.className = error ? 'error' : 'meta';
  };
  const offerUndo = (done: MergeResponse): void => {
    const undo = el('button', { text: 'Undo merge', attrs: { type: 'button' } });
    undo.addEventListener('click', () => {
      undo.disabled = true;
      undoMerge(done.merge)
        .then(() => {
          lastMerge = undefined;
          say('Merge undone.');
          host.changed(done.from);
        })
        .catch((error: unknown) => {
          undo.disabled = false;
          say(`Could not undo: ${messageOf(error)}`, true);
        });
    });
    list.replaceChildren(el('li', {}, undo));
  };
  const merge = (into: string, from: string, intoName: string, fromName: string): void => {
    if (token.value.trim() !== '') setEditorToken(token.value);
    mergeInto(into, from)
      .then((done) => {
        lastMerge = { done, text: `Merged ${fromName} into ${intoName}.` };
        say(lastMerge.text);
        offerUndo(done);
        host.changed(done.into);
      })
      .catch((error: unknown) => {
        tokenRow.hidden = false;
        say(`Could not merge: ${messageOf(error)}`, true);
      });
  };
  let loaded = false;
  if (lastMerge?.done.into === id) {
    loaded = true;
    section.open = true;
    say(lastMerge.text);
    offerUndo(lastMerge.done);
  }
  section.addEventListener('toggle', () => {
    if (!section.open || loaded) return;
    loaded = true;
    say('Looking for duplicates…');
    fetchMergeCandidates(id)
      .then(({ pairs }) => {
        say(pairs.length === 0 ? 'No duplicates suggested.' : '');
        list.replaceChildren(
          ...pairs.map((p) => {
            const other = p.into === id ? p.from : p.into;
            const otherName = (p.into === id ? p.names[1] : p.names[0]) ?? other;
            const why = p.reasons.map((r) => `${REASON[r.match] ?? r.match} “${r.value}”`);
            const button = el('button', {
              text: p.from === id ? `Merge into ${otherName}` : `Merge ${otherName} into this`,
              attrs: { type: 'button', 'data-merge-other': other },
            });
            button.addEventListener('click', () =>
              p.from === id ? merge(other, id, otherName, name) : merge(id, other, name, otherName),
            );
            return el('li', {}, el('span', { text: `${otherName} (${why.join('; ')}) ` }), button);
          }),
        );
      })
      .catch((error: unknown) => say(`Could not read the suggestions: ${messageOf(error)}`, true));
  });
  return section;
}
