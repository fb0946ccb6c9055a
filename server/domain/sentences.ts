// Plain sentences from facts: "Kering sued Alibaba from 15 May 2015 to 3 August 2017."
import type { Fact } from './model';
import type { FactTime, TimePoint } from './time';
import { isolateBidi } from './text-policy';
import type { FactTypeLookup } from './fact-type-registry';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function day(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''} ${y ?? ''}`;
}

/** An approximate time as the range it may fall in: "between 11 and 20 April 2016". */
function describeRange(earliest: string, latest: string): string {
  const [y1, m1, d1] = earliest.split('-');
  const [y2, m2] = latest.split('-');
  if (y1 === y2 && m1 === m2) {
    return `between ${Number(d1)} and ${day(latest)}`;
  }
  if (y1 === y2) return `between ${day(earliest).replace(` ${y1 ?? ''}`, '')} and ${day(latest)}`;
  return `between ${day(earliest)} and ${day(latest)}`;
}

/** A time point in words, at its own precision: "15 May 2015", "May 2015", "2014". */
export function describePoint(point: TimePoint): string {
  const [y, m] = point.date.split('-');
  switch (point.precision) {
    case 'day':
      return day(point.date);
    case 'month':
      return `${MONTHS[Number(m) - 1] ?? ''} ${y ?? ''}`;
    case 'year':
      return y ?? point.date;
    case 'approximate':
      return describeRange(point.earliest ?? point.date, point.latest ?? point.date);
  }
}

/** The phrase that places a fact in time: "on 4 May 2016", "in April 2016", "from 2014". */
export function describeTime(time: FactTime): string {
  const at = (p: TimePoint): string => {
    if (p.precision === 'approximate') return describePoint(p);
    return p.precision === 'day' ? `on ${describePoint(p)}` : `in ${describePoint(p)}`;
  };
  if (time.at) return at(time.at);
  if (time.start && time.end)
    return `from ${describePoint(time.start)} to ${describePoint(time.end)}`;
  if (time.start) return `from ${describePoint(time.start)}`;
  if (time.end) return `until ${describePoint(time.end)}`;
  return '';
}

/**
 * One sentence for a fact, with entity names looked up by id: "Kering owns Gucci from 1999.";
 * a self-relation reads "Acme acquired itself in 2019.". A name that could reorder the text
 * around it (bidi controls, right-to-left letters) is isolated (`isolateBidi`), so the date
 * after it reads as written. The verb is the fact type's, as `factTypes` knows it.
 */
export function factSentence(
  fact: Pick<Fact, 'type' | 'subject' | 'object' | 'time'>,
  nameOf: (id: string) => string,
  factTypes: FactTypeLookup,
): string {
  const when = describeTime(fact.time);
  const verb = factTypes.lookup(fact.type).verb;
  const subject = isolateBidi(nameOf(fact.subject));
  const object = fact.object === fact.subject ? 'itself' : isolateBidi(nameOf(fact.object));
  return `${subject} ${verb} ${object}${when ? ` ${when}` : ''}.`;
}
