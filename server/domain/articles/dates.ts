// Dates in an article's text: relative wording resolved against the publication date
// (relative-dates.ts, relative-periods.ts), explicit dates parsed by chrono-node with a bias to
// the past of the publication (news reports what happened), each with the source's wording.
import * as chrono from 'chrono-node';
import { resolveRelative } from '../relative-dates';
import { resolvePeriod } from '../relative-periods';
import { rangeOfDate, type TimePoint } from '../time';
import { findAnaphoricDates } from './anaphoric-dates';

/** A date the text states: its words (exact offsets) and the time they resolve to. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly time: TimePoint;
}

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

// Relative forms, longest first; each match is handed to the resolvers as it is written.
const RELATIVE = new RegExp(
  [
    `\\b(?:last|on) ${WEEKDAY}\\b`,
    `\\b(?:early|mid|late)[- ](?:${MONTH}|\\d{4})\\b`,
    `\\bin ${MONTH}\\b(?![ -]\\d)`,
    `\\b(?:in|since) \\d{4}\\b`,
    '\\b(?:earlier )?this (?:year|month)\\b',
    '\\blast (?:year|month|week)\\b',
    '\\bthis week\\b',
    '\\byesterday\\b',
  ].join('|'),
  'gi',
);

const EXPLICIT = new RegExp(
  `${MONTH.slice(0, -1)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b|\\d{1,4}[/.-]\\d{1,2}`,
  'i',
);

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO date of a chrono component at the precision it is certain of, or null. */
function pointOf(c: chrono.ParsedComponents, published: string, wording: string): TimePoint | null {
  if (!c.isCertain('month')) return null;
  let year = c.get('year') ?? Number(published.slice(0, 4));
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  const exact = c.isCertain('day');
  // 1. No year written: the latest such date not after the publication (news tells the past).
  if (!c.isCertain('year')) {
    const latest = rangeOfDate(published).latest;
    const probe = exact ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-01`;
    if (probe > latest) year -= 1;
  }
  const date = exact ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
  return { date, precision: exact ? 'day' : 'month', wording };
}

/** Relative wording resolved by the project's resolvers, or null. */
function resolveWording(wording: string, published: string): TimePoint | null {
  // "since 2012" is the year "in 2012" is; the wording stays the source's.
  const asIn = wording.replace(/^since (?=\d{4}$)/i, 'in ');
  const time = resolveRelative(asIn, published) ?? resolvePeriod(wording, published);
  return time ? { ...time, wording } : null;
}

/**
 * Every date `text` states, in text order, without overlaps. `published` is the publication
 * date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); relative wording the publication is too coarse for
 * is left out rather than guessed. Throws RangeError for an invalid publication date.
 */
export function findDates(text: string, published: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    const time = resolveWording(m[0], published);
    if (time) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], time });
  }
  const reference = new Date(`${rangeOfDate(published).latest}T12:00:00Z`);
  for (const r of chrono.en.parse(text, reference, { forwardDate: false })) {
    const start = r.index;
    const words = r.text.replace(/[\s,]+$/, '');
    const end = start + words.length;
    // 2. Only dates written out (a month's name or digits): chrono's own relative readings
    //    ("a week earlier" from today) are not the article's.
    if (!EXPLICIT.test(words)) continue;
    const time = pointOf(r.start, published, words);
    if (!time) continue;
    const overlaps = found.filter((d) => d.start < end && start < d.end);
    // 3. A full date that holds relative words ("on Friday, December 12") wins over them.
    const wins =
      time.precision === 'day' && overlaps.every((d) => start <= d.start && d.end <= end);
    if (overlaps.length > 0 && !wins) continue;
    for (const d of overlaps) found.splice(found.indexOf(d), 1);
    found.push({ start, end, text: words, time });
  }
  found.sort((a, b) => a.start - b.start);
  return [...found, ...findAnaphoricDates(text, found)].sort((a, b) => a.start - b.start);
}
