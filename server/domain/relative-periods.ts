// Relative wording about periods around a publication date ("earlier this year", "last month",
// "yesterday", "late 2015"), resolved with the precision publication date and wording allow.
import { daysInMonth, rangeOfDate, writtenPrecision, type TimePoint } from './time';

const pad = (n: number): string => String(n).padStart(2, '0');
const toDay = (d: Date): string => d.toISOString().slice(0, 10);

/** `day` (YYYY-MM-DD) moved by `days`. */
function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toDay(d);
}

/** An approximate point over a range of days, dated at the coarsest ISO date that holds it. */
function approximate(earliest: string, latest: string, wording: string): TimePoint {
  const date =
    earliest.slice(0, 7) === latest.slice(0, 7) ? earliest.slice(0, 7) : earliest.slice(0, 4);
  return { date, precision: 'approximate', earliest, latest, wording };
}

/** A calendar month `back` months before the month of `published`. */
function monthBefore(published: string, back: number): string {
  const [y, m] = published.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * Resolves period wording against a publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`):
 * "this year", "earlier this year" (1 January to the publication), "last year", "this month",
 * "earlier this month", "last month", "yesterday", "last week" (the Monday-to-Sunday week
 * before the publication's), "this week" (its Monday to the publication day), "early/mid/late YYYY" (January–April, May–August,
 * September–December). Returns null for other wording, or when the publication date is too
 * coarse for it (a month-level phrase in a source known only by year).
 */
export function resolvePeriod(wording: string, published: string): TimePoint | null {
  const text = wording.trim().toLowerCase().replace(/\s+/g, ' ');
  const precision = writtenPrecision(published);
  if (precision === null) throw new RangeError(`invalid publication date: ${published}`);
  const year = published.slice(0, 4);
  const range = rangeOfDate(published);
  if (text === 'this year') return { date: year, precision: 'year', wording };
  if (text === 'last year') return { date: String(Number(year) - 1), precision: 'year', wording };
  if (text === 'earlier this year') {
    if (precision === 'year') return { date: year, precision: 'year', wording };
    return approximate(`${year}-01-01`, range.latest, wording);
  }
  const part = /^(early|mid|late)[- ](\d{4})$/.exec(text);
  if (part?.[2]) {
    const y = part[2];
    const [from, to] = part[1] === 'early' ? [1, 4] : part[1] === 'mid' ? [5, 8] : [9, 12];
    const last = daysInMonth(Number(y), to);
    return approximate(`${y}-${pad(from)}-01`, `${y}-${pad(to)}-${pad(last)}`, wording);
  }
  if (precision === 'year') return null;
  const month = published.slice(0, 7);
  if (text === 'this month') return { date: month, precision: 'month', wording };
  if (text === 'earlier this month') return approximate(`${month}-01`, range.latest, wording);
  if (text === 'last month') return { date: monthBefore(month, 1), precision: 'month', wording };
  if (precision === 'month') return null;
  if (text === 'yesterday') return { date: addDays(published, -1), precision: 'day', wording };
  const weekday = (new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  if (text === 'last week') {
    const monday = addDays(published, -weekday - 7);
    return approximate(monday, addDays(monday, 6), wording);
  }
  if (text === 'this week') return approximate(addDays(published, -weekday), published, wording);
  return null;
}
