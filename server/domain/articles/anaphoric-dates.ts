// Dates that refer back to a date stated before: "at the time", "a week earlier", "two days
// later". Resolved against the latest earlier date of the text, at its precision.
import type { TimePoint } from '../time';
import type { DateMention } from './dates';

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const BACK =
  /\bat the time\b|\b(a|an|one|two|three|four|five|\d{1,2}) (day|week)s? (earlier|later|before|after)\b/gi;

/** `day` (YYYY-MM-DD) moved by `days`. */
function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Dates that lean on the one before them, given the dates already found (`dates`, text order):
 * "at the time" takes the earlier date as it is; "a week earlier" moves an earlier date known
 * to the day. Wording with nothing to lean on is left out. The note says what it leaned on.
 */
export function findAnaphoricDates(text: string, dates: readonly DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(BACK)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    const before = [...dates, ...found].filter((d) => d.end <= start);
    const last = before.sort((a, b) => a.start - b.start)[before.length - 1];
    if (!last) continue;
    const note = `Read from "${last.text}" stated before.`;
    let time: TimePoint | undefined;
    if (!m[1]) {
      time = { ...last.time, wording: m[0], note };
    } else if (last.time.precision === 'day') {
      const count = COUNTS[m[1].toLowerCase()] ?? Number(m[1]);
      const days = count * (m[2]?.toLowerCase() === 'week' ? 7 : 1);
      const sign = /earlier|before/i.test(m[3] ?? '') ? -1 : 1;
      time = { date: shift(last.time.date, sign * days), precision: 'day', wording: m[0], note };
    }
    if (time) found.push({ start, end, text: m[0], time });
  }
  return found;
}
