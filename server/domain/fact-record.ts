// Facts to Neo4j relationship properties and back: flat, typed values Neo4j can store and index.
import type { AttributeValue, Citation, Fact } from './model';
import type { FactTime, Precision, TimePoint } from './time';
import { boundsOf } from './time';
import { storedAttributeName, userAttributes } from './storage-names';
import type { FactType } from './vocabulary';

type Stored = string | number | boolean | readonly string[] | null;
export type FactProperties = Record<string, Stored>;

const TIME_KEYS = ['at', 'start', 'end'] as const;
const POINT_FIELDS = ['Date', 'Precision', 'Earliest', 'Latest', 'Wording', 'Note'] as const;

/** Property names the loader owns; everything else on a relationship is an attribute. */
export const OWN_KEYS: ReadonlySet<string> = new Set<string>([
  'id',
  'claim',
  'sourceIds',
  'citations',
  'file',
  ...TIME_KEYS.flatMap((k) => POINT_FIELDS.map((f) => `${k}${f}`)),
]);

/**
 * Flattens a fact for storage: time points become `atDate`, `atPrecision`, `atEarliest`, ...
 * (earliest and latest always filled, as ISO days, so range queries need no parsing);
 * citations become JSON plus a `sourceIds` list that queries can filter on.
 */
export function factToProperties(fact: Fact, file: string): FactProperties {
  const props: FactProperties = {
    id: fact.id,
    claim: fact.claim ?? null,
    sourceIds: [...new Set(fact.sources.map((c) => c.source))],
    citations: JSON.stringify(fact.sources),
    file,
  };
  for (const key of TIME_KEYS) {
    const point = fact.time[key];
    if (!point) continue;
    const bounds = boundsOf(point);
    props[`${key}Date`] = point.date;
    props[`${key}Precision`] = point.precision;
    props[`${key}Earliest`] = bounds.earliest;
    props[`${key}Latest`] = bounds.latest;
    props[`${key}Wording`] = point.wording ?? null;
    props[`${key}Note`] = point.note ?? null;
  }
  for (const [name, value] of Object.entries(fact.attributes)) {
    props[storedAttributeName(name, OWN_KEYS)] = value;
  }
  // Neo4j does not store nulls: leave them out instead.
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
}

function pointFrom(props: Readonly<Record<string, unknown>>, key: string): TimePoint | undefined {
  const date = props[`${key}Date`];
  if (typeof date !== 'string') return undefined;
  const precision = props[`${key}Precision`] as Precision;
  const text = (field: string): string | undefined => {
    const v = props[`${key}${field}`];
    return typeof v === 'string' ? v : undefined;
  };
  const point: { -readonly [K in keyof TimePoint]: TimePoint[K] } = { date, precision };
  if (precision === 'approximate') {
    point.earliest = text('Earliest');
    point.latest = text('Latest');
  }
  const wording = text('Wording');
  const note = text('Note');
  if (wording !== undefined) point.wording = wording;
  if (note !== undefined) point.note = note;
  return point;
}

/** Rebuilds a fact from a stored relationship. */
export function factFromProperties(
  type: FactType,
  subject: string,
  object: string,
  props: Readonly<Record<string, unknown>>,
): Fact {
  const time: { -readonly [K in keyof FactTime]: FactTime[K] } = {};
  for (const key of TIME_KEYS) {
    const point = pointFrom(props, key);
    if (point) time[key] = point;
  }
  const attributes = userAttributes(props, OWN_KEYS) as Record<string, AttributeValue>;
  const claim = props.claim;
  return {
    id: typeof props.id === 'string' ? props.id : '',
    type,
    subject,
    object,
    time,
    attributes,
    ...(typeof claim === 'string' ? { claim } : {}),
    sources: JSON.parse(typeof props.citations === 'string' ? props.citations : '[]') as Citation[],
  };
}
