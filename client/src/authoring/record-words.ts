// Records and their changes in words, for the history and the conflict view: a field's value
// as a reader says it (a time as "in June 2016, the source says "mid-June"", citations by
// source title, aliases listed), and the fields two versions of a record disagree on. Pure.
import type { Citation, Source } from '../../../server/domain/model';
import { describeTime } from '../../../server/domain/sentences';
import type { FactTime } from '../../../server/domain/time';

/** What the words need: an entity's name and a source's title by id. */
export interface Names {
  readonly entity: (id: string) => string;
  readonly source: (id: string) => Source | undefined;
}

/** Readable names of a record's fields. */
const FIELD: Readonly<Record<string, string>> = {
  name: 'Name',
  kind: 'Kind',
  aliases: 'Also known as',
  summary: 'Summary',
  type: 'Type',
  subject: 'Subject',
  object: 'Object',
  time: 'Time',
  attributes: 'Attributes',
  claim: 'Claim key',
  sources: 'Sources',
  rank: 'Rank',
  rankReason: 'Reason for the rank',
  disputed: 'Disputed',
};

/** A field's name in words ("claim" → "Claim key"); unknown fields as they are. */
export function fieldWords(field: string): string {
  return FIELD[field] ?? field;
}

function timeWords(time: FactTime): string {
  const points = [time.at, time.start, time.end].filter((p) => p !== undefined);
  const wording = points.flatMap((p) => (p.wording ? [`the source says "${p.wording}"`] : []));
  const said = describeTime(time);
  if (said === '') return '(no date)';
  return [said, ...wording].join(', ');
}

function citationWords(c: Citation, names: Names): string {
  const s = names.source(c.source);
  const title = s ? `${s.title} (${names.entity(s.publisher)}, ${s.published})` : c.source;
  const words = c.span?.text ?? c.quote?.text;
  return words ? `${title}: “${words}”` : title;
}

/** A scalar as text; anything else as JSON. */
function plain(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

/** One field's value in words; none (null, undefined, empty) is "(none)". */
export function valueWords(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (field === 'time') return timeWords(value);
  if (field === 'subject' || field === 'object') return names.entity(plain(value));
  if (field === 'sources' && Array.isArray(value)) {
    return value.length === 0
      ? '(none)'
      : (value as Citation[]).map((c) => citationWords(c, names)).join('; ');
  }
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(plain).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0
      ? '(none)'
      : entries.map(([k, v]) => `${k}: ${plain(v)}`).join('; ');
  }
  return plain(value);
}

/** One field two versions disagree on, in words. */
export interface FieldDifference {
  readonly field: string;
  readonly label: string;
  readonly theirs: string;
  readonly yours: string;
}

/**
 * The fields of `fields` where the stored record (`theirs`) and what this person would save
 * (`yours`) differ, in words, in the order given.
 */
export function differences(
  theirs: Readonly<Record<string, unknown>>,
  yours: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  names: Names,
): FieldDifference[] {
  return fields
    .map((field) => ({
      field,
      label: fieldWords(field),
      theirs: valueWords(field, theirs[field], names),
      yours: valueWords(field, yours[field], names),
    }))
    .filter((d) => d.theirs !== d.yours);
}
