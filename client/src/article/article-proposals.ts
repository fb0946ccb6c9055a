// The proposed facts of an analysed article: each with its quoted sentence and time, and
// Accept, Edit and Reject. Accept saves through the authoring endpoints; nothing else does.
import { describeTime } from '../../../server/domain/sentences';
import { FACT_TYPE_NAMES, FACT_TYPES, isBuiltInFactType } from '../../../server/domain/vocabulary';
import { PRECISIONS, type FactTime, type TimePoint } from '../../../server/domain/time';
import type { ArticleAnalysis } from '../../../server/domain/wire/articles';
import { el } from '../explorer/dom';
import type { AcceptedFact } from './article-save';

type Proposal = ArticleAnalysis['proposals'][number];

/** What the list needs: the analysis and what accepting a fact does. */
export interface ProposalListOptions {
  readonly analysis: ArticleAnalysis;
  /** Saves an accepted fact; rejects with a readable message. */
  readonly accept: (fact: AcceptedFact) => Promise<unknown>;
}

/** The one point of a fact's time (`at` or `start`) and which it is. */
function pointOf(time: FactTime): { key: 'at' | 'start' | 'end'; point: TimePoint } | undefined {
  for (const key of ['at', 'start', 'end'] as const) {
    const point = time[key];
    if (point) return { key, point };
  }
  return undefined;
}

function select(
  name: string,
  values: readonly [string, string][],
  chosen: string,
): HTMLSelectElement {
  const box = el('select', { attrs: { name, 'aria-label': name } });
  for (const [value, text] of values) {
    const option = el('option', { text, attrs: { value } });
    option.selected = value === chosen;
    box.append(option);
  }
  return box;
}

/** One proposal as a list item with its controls. */
function proposalItem(p: Proposal, options: ProposalListOptions): HTMLLIElement {
  const { analysis } = options;
  const nameOf = (id: string): string => analysis.entities[id]?.name ?? id;
  const when = describeTime(p.time);
  const verb = isBuiltInFactType(p.type) ? FACT_TYPES[p.type].verb : p.type;
  const item = el('li', { className: 'proposal', attrs: { 'data-type': p.type } });
  const summary = el('p', {
    className: 'proposal-summary',
    text: `${nameOf(p.subject)} ${verb} ${nameOf(p.object)}${when ? ` ${when}` : ''}`,
  });
  const quote = el('blockquote', { text: p.evidence.text });
  const status = el('p', { className: 'meta', attrs: { role: 'status' } });
  const entities = Object.entries(analysis.entities).map(
    ([id, e]) => [id, e.name] as [string, string],
  );
  const found = pointOf(p.time);
  const form = el('div', { className: 'proposal-edit' });
  form.hidden = true;
  const type = select(
    'Type',
    FACT_TYPE_NAMES.map((t) => [t, t]),
    p.type,
  );
  const subject = select('Subject', entities, p.subject);
  const object = select('Object', entities, p.object);
  const date = el('input', {
    attrs: { name: 'date', 'aria-label': 'Date', value: found?.point.date ?? '' },
  });
  const precision = select(
    'Precision',
    PRECISIONS.map((x) => [x, x]),
    found?.point.precision ?? 'day',
  );
  form.append(type, subject, object, date, precision);
  const accept = el('button', { text: 'Accept', attrs: { type: 'button' } });
  const edit = el('button', { text: 'Edit', attrs: { type: 'button' } });
  const reject = el('button', { text: 'Reject', attrs: { type: 'button' } });
  edit.addEventListener('click', () => (form.hidden = !form.hidden));
  reject.addEventListener('click', () => {
    item.classList.add('rejected');
    for (const b of [accept, edit, reject]) b.disabled = true;
    status.textContent = 'Rejected: nothing saved.';
  });
  accept.addEventListener('click', () => {
    const edited = !form.hidden;
    let time = p.time;
    if (edited && date.value.trim() !== '') {
      const key = found?.key ?? 'at';
      const point: TimePoint = {
        ...(found?.point ?? {}),
        date: date.value.trim(),
        precision: precision.value as TimePoint['precision'],
      };
      time = { [key]: point };
    } else if (edited) {
      time = {};
    }
    const fact: AcceptedFact = {
      type: edited ? type.value : p.type,
      subject: edited ? subject.value : p.subject,
      object: edited ? object.value : p.object,
      time,
      span: { text: p.evidence.text, start: p.evidence.start, end: p.evidence.end },
    };
    for (const b of [accept, edit, reject]) b.disabled = true;
    status.textContent = 'Saving…';
    options.accept(fact).then(
      () => {
        item.classList.add('accepted');
        status.textContent = 'Accepted: saved with its quote.';
      },
      (error: unknown) => {
        for (const b of [accept, edit, reject]) b.disabled = false;
        status.textContent = `Not saved: ${(error as Error).message}`;
      },
    );
  });
  item.append(
    summary,
    quote,
    el('div', { className: 'proposal-actions' }, accept, edit, reject),
    form,
    status,
  );
  return item;
}

/** The list of proposals, or a line saying there are none. */
export function proposalList(options: ProposalListOptions): HTMLElement {
  if (options.analysis.proposals.length === 0) {
    return el('p', {
      className: 'meta',
      text: 'No facts proposed: no sentence pairs two known entities with a known verb.',
    });
  }
  const list = el('ol', { className: 'proposals', attrs: { 'aria-label': 'Proposed facts' } });
  for (const p of options.analysis.proposals) list.append(proposalItem(p, options));
  return list;
}
