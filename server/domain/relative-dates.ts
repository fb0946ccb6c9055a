// Resolving a source's relative or vague wording ("last Wednesday", "mid-April", "in 2014")
// against its publication date, keeping exactly the precision the two together allow.
import { daysInMonth, rangeOfDate, writtenPrecision, type TimePoint } from './time';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number): string => String(n).padStart(2, '0');
const toDay = (d: Date): string => d.toISOString().slice(0, 10);
const parseDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The last `weekday` strictly before `day` (or on it, when `orSame`). */
function lastWeekday(day: string, weekday: number, orSame = false): string {
  const d = parseDay(day);
  const back = (d.getUTCDay() - weekday + 7) % 7 || (orSame ? 0 : 7);
  d.setUTCDate(d.getUTCDate() - back);
  return toDay(d);
}

/** The year a month name refers to: the publication's, or the year before if it lies ahead. */
function yearOf(month: number, published: string): number {
  const [y, m] = published.split('-').map(Number) as [number, number | undefined];
  return m !== undefined && month > m ? y - 1 : y;
}

/**
 * Resolves `wording` against a publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): "last
 * Wednesday" (strictly before the publication day), "on Wednesday" (that day or the last one
 * before: news tells of the past), "early/mid/late April", "in April", "in 2014". Returns
 * null for wording it does not know, rather than guessing (`resolvePeriod` in
 * relative-periods.ts knows "earlier this year", "last month" and the like).
 */
export function resolveRelative(wording: string, published: string): TimePoint | null {
  const text = wording.trim().toLowerCase();
  const pubPrecision = writtenPrecision(published);
  if (pubPrecision === null) throw new RangeError(`invalid publication date: ${published}`);

  const last = /^(last|on) (\w+)$/.exec(text);
  const weekday = last ? WEEKDAYS.indexOf(last[2] ?? '') : -1;
  const orSame = last?.[1] === 'on';
  if (weekday >= 0) {
    if (pubPrecision === 'day') {
      return { date: lastWeekday(published, weekday, orSame), precision: 'day', wording };
    }
    // Only the month (or year) of publication is known: every day in it is possible.
    const range = rangeOfDate(published);
    const earliest = lastWeekday(range.earliest, weekday, orSame);
    const latest = lastWeekday(range.latest, weekday, orSame);
    return { date: published, precision: 'approximate', earliest, latest, wording };
  }

  const part = /^(early|mid|late)[- ](\w+)$/.exec(text);
  const partMonth = part ? MONTHS.indexOf(part[2] ?? '') + 1 : 0;
  if (part && partMonth > 0) {
    const y = yearOf(partMonth, published);
    const [from, to] =
      part[1] === 'early'
        ? [1, 10]
        : part[1] === 'mid'
          ? [11, 20]
          : [21, daysInMonth(y, partMonth)];
    const month = `${y}-${pad(partMonth)}`;
    return {
      date: month,
      precision: 'approximate',
      earliest: `${month}-${pad(from)}`,
      latest: `${month}-${pad(to)}`,
      wording,
    };
  }

  const inMonth = /^in (\w+)$/.exec(text);
  const month = inMonth ? MONTHS.indexOf(inMonth[1] ?? '') + 1 : 0;
  if (month > 0) {
    return { date: `${yearOf(month, published)}-${pad(month)}`, precision: 'month', wording };
  }
  const inYear = /^in (\d{4})$/.exec(text);
  if (inYear?.[1]) return { date: inYear[1], precision: 'year', wording };
  return null;
}
