// Ranking a claim from the fact's details: preferred, normal or deprecated, disputed or not,
// with the reason; the claim is kept either way. A stale save shows both versions.
import type { Fact } from '../../../server/domain/model';
import type { Rank } from '../../../server/domain/wire/graph';
import { el } from '../explorer/dom';
import { updateFact, WriteRefused } from './authoring-api';
import { namesOf, type AuthoringHost } from './authoring-host';
import { conflictView } from './conflict-view';
import { button, field, messageOf, selectOf, statusArea, textInput, tokenRow } from './form-kit';
import { draftOfRank, rankMissing, rankPatchOf, type RankDraft } from './rank-draft';

const RANKS: readonly (readonly [Rank, string])[] = [
  ['preferred', 'preferred (counts before the others)'],
  ['normal', 'normal'],
  ['deprecated', 'deprecated (kept, never counted)'],
];

/** The rank form of `fact`, in a box a conflict's "Load theirs" draws again. */
export function rankForm(host: AuthoringHost, fact: Fact): HTMLElement {
  const box = el('div', { className: 'rank-form' });
  const draw = (record: Fact): void => {
    box.replaceChildren(formFor(host, record, draw));
  };
  draw(fact);
  return box;
}

function formFor(host: AuthoringHost, fact: Fact, redraw: (f: Fact) => void): HTMLFormElement {
  const draft = draftOfRank(fact);
  const rank = selectOf('rank', RANKS, draft.rank);
  const disputed = el('input', { attrs: { type: 'checkbox', name: 'disputed' } });
  disputed.checked = draft.disputed;
  const reason = textInput('rank-reason', draft.reason);
  const comment = textInput('comment');
  const token = tokenRow();
  const status = statusArea();
  const conflict = el('div');
  const save = button('Save rank', 'submit');
  const form = el(
    'form',
    { className: 'authoring-form', attrs: { 'aria-label': 'Rank this claim' } },
    field('Rank', rank),
    el(
      'label',
      { className: 'choice' },
      disputed,
      el('span', { text: 'Disputed (still counted)' }),
    ),
    field('Reason', reason),
    field('Why (kept in the history)', comment),
    token.row,
    save,
    status.element,
    conflict,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const now: RankDraft = {
      rank: rank.value as Rank,
      disputed: disputed.checked,
      reason: reason.value,
      comment: comment.value,
    };
    const missing = rankMissing(now);
    if (missing.length > 0) {
      status.missing('Not sent: the rank needs', missing);
      return;
    }
    const patch = rankPatchOf(fact, now);
    if (!patch) {
      status.say('Nothing changed.');
      return;
    }
    token.keep();
    save.disabled = true;
    conflict.replaceChildren();
    updateFact(fact.id, patch)
      .then((saved) => {
        status.say(`Ranked ${saved.rank ?? 'normal'} (revision ${saved.revision ?? 0}).`);
        host.saved({ kind: 'fact', id: saved.id });
      })
      .catch((error: unknown) => {
        save.disabled = false;
        if (error instanceof WriteRefused && error.isConflict) {
          const stored = error.current as Fact;
          const theirs = { ...stored, rank: stored.rank ?? 'normal', disputed: !!stored.disputed };
          const yours = { ...fact, rank: now.rank, disputed: now.disputed, rankReason: now.reason };
          status.say('Not saved: someone else saved first.', true);
          conflict.replaceChildren(
            conflictView(theirs, yours, ['rank', 'disputed', 'rankReason'], namesOf(host), () =>
              redraw(stored),
            ),
          );
          return;
        }
        if (error instanceof WriteRefused && error.status === 401) token.ask();
        status.say(`Not saved: ${messageOf(error)}`, true);
      });
  });
  return form;
}
