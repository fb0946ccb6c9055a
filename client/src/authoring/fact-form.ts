// The fact form: type (the explorer's fact types), subject and object picked by search, time
// with precision and the source's wording, attributes, claim key, and the citation (kept ones,
// and one to add: an existing source or a new one, with the quoted span). What is missing is
// said before sending; a server refusal (422) is shown with the fields it names; a stale save
// (409) shows both versions.
import type { Fact } from '../../../server/domain/model';
import { el } from '../explorer/dom';
import { createFact, createSource, updateFact } from './authoring-api';
import { sayRefusal } from './refusal';
import { namesOf, type AuthoringHost } from './authoring-host';
import { citationInputs, keptCitations } from './citation-inputs';
import { conflictView } from './conflict-view';
import { entityPicker } from './entity-picker';
import {
  attributesText,
  factPatchOf,
  factPlanOf,
  withNewSource,
  type FactDraft,
} from './fact-draft';
import { button, field, selectOf, statusArea, textArea, textInput, tokenRow } from './form-kit';
import { draftOfPoint } from './time-draft';
import { timeInputs } from './time-inputs';

const FACT_FIELDS = [
  'type',
  'subject',
  'object',
  'time',
  'attributes',
  'claim',
  'sources',
] as const;

/**
 * The form in a box of its own (a conflict's "Load theirs" draws it again): a new fact about
 * `subject` when `opened` is undefined, else an edit of `opened`.
 */
export function factForm(host: AuthoringHost, opened?: Fact, subject = ''): HTMLElement {
  const box = el('div', { className: 'fact-form' });
  const draw = (record: Fact | undefined): void => {
    box.replaceChildren(formFor(host, record, subject, draw));
  };
  draw(opened);
  return box;
}

function formFor(
  host: AuthoringHost,
  opened: Fact | undefined,
  subjectId: string,
  redraw: (record: Fact) => void,
): HTMLFormElement {
  const types = host.factTypes.known();
  const type = selectOf(
    'type',
    [['', '(pick a type)'], ...types.map((t) => [t.name, `${t.label} (${t.name})`] as const)],
    opened?.type ?? '',
  );
  const subject = entityPicker(host, 'Subject', opened?.subject ?? subjectId);
  const object = entityPicker(host, 'Object', opened?.object ?? '');
  const at = timeInputs('at', 'When', draftOfPoint(opened?.time.at));
  const start = timeInputs('start', 'From', draftOfPoint(opened?.time.start));
  const end = timeInputs('end', 'Until', draftOfPoint(opened?.time.end));
  const shape = (): 'event' | 'state' =>
    type.value === '' ? 'event' : host.factTypes.lookup(type.value).shape;
  const showTime = (): void => {
    at.element.hidden = shape() !== 'event';
    start.element.hidden = shape() !== 'state';
    end.element.hidden = shape() !== 'state';
  };
  type.addEventListener('change', showTime);
  showTime();
  const attributes = textArea('attributes', attributesText(opened?.attributes ?? {}));
  const claim = textInput('claim', opened?.claim ?? '');
  const kept = keptCitations(host, opened?.sources ?? []);
  const citation = citationInputs(host);
  const comment = textInput('comment');
  const token = tokenRow();
  const status = statusArea();
  const conflict = el('div');
  const save = button(opened ? 'Save changes' : 'Add fact', 'submit');
  // A new source is created once, even when the fact is refused and sent again.
  let created: { readonly sent: string; readonly id: string } | undefined;
  const form = el(
    'form',
    {
      className: 'authoring-form',
      attrs: { 'aria-label': opened ? 'Edit fact' : 'New fact', novalidate: '' },
    },
    field('Type', type),
    subject.element,
    object.element,
    at.element,
    start.element,
    end.element,
    field('Attributes', attributes, 'one key: value per line, e.g. amount: 50000'),
    field('Claim key', claim, 'facts about the same claim share it'),
    kept.element,
    citation.element,
    field('Why (kept in the history)', comment),
    token.row,
    save,
    status.element,
    conflict,
  );
  const read = (): FactDraft => ({
    type: type.value,
    subject: subject.value(),
    object: object.value(),
    at: at.read(),
    start: start.read(),
    end: end.read(),
    attributes: attributes.value,
    claim: claim.value,
    kept: kept.read(),
    citation: citation.read(),
    comment: comment.value,
  });
  const refused = (error: unknown, yours: Record<string, unknown>): void => {
    save.disabled = false;
    const showBoth = (current: unknown): void => {
      const theirs = current as Fact;
      conflict.replaceChildren(
        conflictView(theirs, yours, FACT_FIELDS, namesOf(host), () => redraw(theirs)),
      );
    };
    sayRefusal(error, { status, token }, opened ? showBoth : undefined);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const plan = factPlanOf(read(), shape());
    if (plan.missing.length > 0) {
      status.missing('Not sent: the fact needs', plan.missing);
      return;
    }
    token.keep();
    if (opened && !plan.newSource && !factPatchOf(opened, plan.fact, plan.comment)) {
      status.say('Nothing changed.');
      return;
    }
    save.disabled = true;
    status.say('Saving…');
    conflict.replaceChildren();
    const yours: Record<string, unknown> = { ...opened, ...plan.fact };
    void (async () => {
      const sent = JSON.stringify(plan.newSource ?? null);
      if (plan.newSource && created?.sent !== sent) {
        created = { sent, id: (await createSource(plan.newSource)).id };
      }
      const fact = plan.newSource && created ? withNewSource(plan.fact, created.id) : plan.fact;
      yours.sources = fact.sources;
      const comment = plan.comment ? { comment: plan.comment } : {};
      if (!opened) return createFact({ ...fact, ...comment });
      const patch = factPatchOf(opened, fact, plan.comment);
      return patch ? updateFact(opened.id, patch) : opened;
    })()
      .then((saved) => {
        status.say(`Saved the fact (revision ${saved.revision ?? 0}).`);
        // Added from an entity's details: that entity again (its facts, story); else the fact.
        const entity = !opened && subjectId !== '' && saved.subject === subjectId;
        host.saved(entity ? { kind: 'entity', id: subjectId } : { kind: 'fact', id: saved.id });
      })
      .catch((error: unknown) => refused(error, yours));
  });
  return form;
}
