// Dates with precision: parsing, bounds, ordering and the state of an interval at a date.
import type { FactTime, TimePoint } from './wire/time';

export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];

export type { FactTime, TimePoint } from './wire/time';

export interface DayRange {
  readonly earliest: string;
  readonly latest: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The precision a date string is written at, or null when it is no ISO calendar date. */
export function writtenPrecision(value: string): 'day' | 'month' | 'year' | null {
  if (DAY.test(value)) return isIsoDay(value) ? 'day' : null;
  const month = MONTH.exec(value);
  if (month) {
    const mo = Number(month[2]);
    return mo >= 1 && mo <= 12 ? 'month' : null;
  }
  return YEAR.test(value) ? 'year' : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** First and last day covered by an ISO date written at day, month or year precision. */
export function rangeOfDate(value: string): DayRange {
  const written = writtenPrecision(value);
  if (written === 'day') return { earliest: value, latest: value };
  if (written === 'month') {
    const [y, mo] = value.split('-').map(Number) as [number, number];
    return { earliest: `${value}-01`, latest: `${value}-${pad(daysInMonth(y, mo))}` };
  }
  if (written === 'year') return { earliest: `${value}-01-01`, latest: `${value}-12-31` };
  throw new RangeError(`invalid date: ${JSON.stringify(value)}`);
}

/** The days a time point may fall on: explicit bounds where given, else its date's range. */
export function boundsOf(point: TimePoint): DayRange {
  const range = rangeOfDate(point.date);
  return {
    earliest: point.earliest ?? range.earliest,
    latest: point.latest ?? range.latest,
  };
}

/** Orders time points by what is known: earliest possible day, then latest possible day. */
export function compareTimePoints(a: TimePoint, b: TimePoint): number {
  const x = boundsOf(a);
  const y = boundsOf(b);
  return x.earliest.localeCompare(y.earliest) || x.latest.localeCompare(y.latest);
}

/** Whether two time points may fall on the same day (their possible ranges overlap). */
export function mayCoincide(a: TimePoint, b: TimePoint): boolean {
  const x = boundsOf(a);
  const y = boundsOf(b);
  return x.earliest <= y.latest && y.earliest <= x.latest;
}

/**
 * The state of an interval on a day: `active` when it surely holds, `ended` or `not-started`
 * when it surely does not, `uncertain` when a boundary's possible range contains the day.
 * An unknown start with a known end makes every day before the end `uncertain`: the source
 * says when it ended, not since when it held (never "active since year 1"). An unknown end
 * with a known start is open towards the future (a state still in force); neither known:
 * `active` (the fact is asserted without time).
 */
export const INTERVAL_STATES = ['active', 'ended', 'not-started', 'uncertain'] as const;
export type IntervalState = (typeof INTERVAL_STATES)[number];

/**
 * Where `day` (YYYY-MM-DD) falls in a state fact's interval; approximate bounds give `uncertain`.
 */
export function stateOn(time: FactTime, day: string): IntervalState {
  if (time.start) {
    const start = boundsOf(time.start);
    if (day < start.earliest) return 'not-started';
    if (day < start.latest) return 'uncertain';
  }
  if (time.end) {
    const end = boundsOf(time.end);
    if (day >= end.latest) return 'ended';
    if (day >= end.earliest) return 'uncertain';
    if (!time.start) return 'uncertain';
  }
  return 'active';
}
