// A time point as the fact form holds it (date text, precision, the source's own wording,
// bounds of an approximate date) and the wire TimePoint it makes. Pure. A date is kept as
// precise as its source, never more: "mid-June" 2016 is `2016-06` at month precision with the
// wording kept.
import type { MissingField } from '../../../server/domain/citation-rules';
import {
  isIsoDay,
  PRECISIONS,
  writtenPrecision,
  type Precision,
} from '../../../server/domain/time';
import type { TimePoint } from '../../../server/domain/time';

/** One time point's fields; `precision` '' = as written. */
export interface PointDraft {
  readonly date: string;
  readonly precision: Precision | '';
  readonly wording: string;
  readonly earliest: string;
  readonly latest: string;
}

/** An empty point: no time given. */
export const EMPTY_POINT: PointDraft = {
  date: '',
  precision: '',
  wording: '',
  earliest: '',
  latest: '',
};

/** The fields of a stored point (undefined: empty). */
export function draftOfPoint(point: TimePoint | undefined): PointDraft {
  if (!point) return EMPTY_POINT;
  return {
    date: point.date,
    precision: point.precision,
    wording: point.wording ?? '',
    earliest: point.earliest ?? '',
    latest: point.latest ?? '',
  };
}

const LENGTH: Record<'day' | 'month' | 'year', number> = { day: 10, month: 7, year: 4 };
const RANK: Record<'day' | 'month' | 'year', number> = { day: 3, month: 2, year: 1 };

/** True when `value` is one of PRECISIONS. */
export function isPrecision(value: string): value is Precision {
  return (PRECISIONS as readonly string[]).includes(value);
}

/**
 * The TimePoint a draft makes, or what is missing, each named by `path` (e.g. `time.at.date`).
 * No date and no wording: no point. A date more precise than the precision chosen is cut to it
 * (`2016-06-15` at month: `2016-06`); a less precise one is refused. `approximate` needs both
 * bounds as days (ISO 8601 `YYYY-MM-DD`), the earliest first.
 */
export function pointOf(
  draft: PointDraft,
  path: string,
): { readonly point?: TimePoint; readonly missing: MissingField[] } {
  const date = draft.date.trim();
  const wording = draft.wording.trim();
  if (date === '' && wording === '') return { missing: [] };
  const written = writtenPrecision(date);
  if (!written) {
    const message =
      date === ''
        ? `Give the date the wording "${wording}" stands for (2016, 2016-06 or 2016-06-15)`
        : 'Write the date as 2016, 2016-06 or 2016-06-15';
    return { missing: [{ path: `${path}.date`, message }] };
  }
  const precision = draft.precision === '' ? written : draft.precision;
  const extra = {
    ...(wording ? { wording } : {}),
  };
  if (precision === 'approximate') {
    const earliest = draft.earliest.trim();
    const latest = draft.latest.trim();
    const missing: MissingField[] = [];
    if (!isIsoDay(earliest))
      missing.push({
        path: `${path}.earliest`,
        message: 'An approximate date needs its first possible day',
      });
    if (!isIsoDay(latest))
      missing.push({
        path: `${path}.latest`,
        message: 'An approximate date needs its last possible day',
      });
    if (missing.length === 0 && earliest > latest)
      missing.push({
        path: `${path}.latest`,
        message: 'The last possible day comes before the first',
      });
    if (missing.length > 0) return { missing };
    return { point: { date, precision, earliest, latest, ...extra }, missing: [] };
  }
  if (RANK[written] < RANK[precision]) {
    return {
      missing: [
        {
          path: `${path}.date`,
          message: `A date at ${precision} precision needs the ${precision}`,
        },
      ],
    };
  }
  return { point: { date: date.slice(0, LENGTH[precision]), precision, ...extra }, missing: [] };
}
