// One time point's inputs (a fieldset): the date as precise as the source, its precision, the
// source's own wording ("mid-June"), and for an approximate date its first and last days.
import { PRECISIONS } from '../../../server/domain/time';
import { el } from '../explorer/dom';
import { field, selectOf, textInput } from './form-kit';
import { isPrecision, type PointDraft } from './time-draft';

const PRECISION_WORDS: Readonly<Record<string, string>> = {
  '': 'as written',
  day: 'day',
  month: 'month',
  year: 'year',
  approximate: 'approximate (give the bounds)',
};

/** The inputs of point `name` (`at`, `start`, `end`) titled `legend`, filled from `draft`. */
export function timeInputs(
  name: string,
  legend: string,
  draft: PointDraft,
): { readonly element: HTMLFieldSetElement; read(): PointDraft } {
  const date = textInput(`${name}-date`, draft.date, {
    placeholder: '2016-06',
    inputmode: 'numeric',
  });
  const precision = selectOf(
    `${name}-precision`,
    ['', ...PRECISIONS].map((p) => [p, PRECISION_WORDS[p] ?? p] as const),
    draft.precision,
  );
  const wording = textInput(`${name}-wording`, draft.wording, { placeholder: 'mid-June' });
  const earliest = textInput(`${name}-earliest`, draft.earliest, { placeholder: '2016-06-10' });
  const latest = textInput(`${name}-latest`, draft.latest, { placeholder: '2016-06-20' });
  const bounds = el(
    'div',
    { className: 'bounds' },
    field('First possible day', earliest),
    field('Last possible day', latest),
  );
  const showBounds = (): void => {
    bounds.hidden = precision.value !== 'approximate';
  };
  precision.addEventListener('change', showBounds);
  showBounds();
  const element = el(
    'fieldset',
    { className: 'time-point', attrs: { 'data-point': name } },
    el('legend', { text: legend }),
    field('Date', date, '2016, 2016-06 or 2016-06-15'),
    field('Precision', precision),
    field("The source's wording", wording),
    bounds,
  );
  return {
    element,
    read: () => ({
      date: date.value,
      precision: isPrecision(precision.value) ? precision.value : '',
      wording: wording.value,
      earliest: earliest.value,
      latest: latest.value,
    }),
  };
}
