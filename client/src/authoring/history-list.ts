// A record's history in its details: each revision (who, when, what changed field by field,
// why) newest first, read when the section is opened, with Revert on each one that can be
// reverted; a revert adds a revision and the view is read again.
import type { Revision } from '../../../server/domain/wire/authoring';
import { el } from '../explorer/dom';
import { fetchRevisions, revertRevision, WriteRefused } from './authoring-api';
import { namesOf, type AuthoringHost } from './authoring-host';
import { button, messageOf, rememberOpen, statusArea, tokenRow } from './form-kit';
import { changeLines, revertable, revisionHeading } from './revision-words';

/** The "History" section of entity or fact `id`. */
export function historySection(
  host: AuthoringHost,
  target: 'entity' | 'fact',
  id: string,
): HTMLDetailsElement {
  const list = el('ol', { className: 'revisions' });
  const status = statusArea();
  const token = tokenRow();
  const section = el(
    'details',
    { className: 'history', attrs: { 'data-history': target } },
    el('summary', { text: 'History' }),
    list,
    token.row,
    status.element,
  );
  const item = (revision: Revision): HTMLElement => {
    const names = namesOf(host);
    const revert = revertable(revision) ? button('Revert') : null;
    revert?.setAttribute('aria-label', `Revert ${revision.id}: ${revisionHeading(revision)}`);
    revert?.addEventListener('click', () => {
      token.keep();
      revert.disabled = true;
      status.say(`Reverting ${revision.id}…`);
      revertRevision(revision.id)
        .then((done) => {
          status.say(`Reverted ${revision.id} (new revision rev-${done.revision}).`);
          host.saved({ kind: target, id });
        })
        .catch((error: unknown) => {
          revert.disabled = false;
          if (error instanceof WriteRefused && error.status === 401) token.ask();
          status.say(`Could not revert: ${messageOf(error)}`, true);
        });
    });
    return el(
      'li',
      { attrs: { 'data-revision': revision.id } },
      el('p', { className: 'revision-heading', text: revisionHeading(revision) }),
      revision.comment ? el('p', { className: 'meta', text: `Why: ${revision.comment}` }) : null,
      revision.changes.length > 0
        ? el(
            'ul',
            { className: 'changes' },
            ...changeLines(revision, names).map((text) => el('li', { text })),
          )
        : null,
      revert,
    );
  };
  let loaded = false;
  section.addEventListener('toggle', () => {
    if (!section.open || loaded) return;
    loaded = true;
    status.say('Reading the history…');
    fetchRevisions(target, id)
      .then((revisions) => {
        status.say(revisions.length === 0 ? 'No revisions: it is as its data file loaded it.' : '');
        list.replaceChildren(...revisions.map(item));
      })
      .catch((error: unknown) => {
        loaded = false;
        status.say(`Could not read the history: ${messageOf(error)}`, true);
      });
  });
  return rememberOpen(section, `history:${target}:${id}`);
}
