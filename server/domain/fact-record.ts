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

/**
 * The bounds of each time point (`atEarliest`, `atLatest`, `startEarliest`, ...): stored as
 * Neo4j DATE values (the write queries wrap them in `date()`), read back as `YYYY-MM-DD`.
 */
export const DATE_KEYS: readonly string[] = TIME_KEYS.flatMap((k) => [
  `${k}Earliest`,
  `${k}Latest`,
]);

/**
 * Citations as parallel lists, one item per citation in order, so Cypher reads them without
 * parsing `citations` (JSON): `citationSources[i]` is cited with `citationQuotes[i]` said by
 * `citationSpeakers[i]`. Neo4j lists hold no nulls: a missing value is the empty string.
 */
export const CITATION_LIST_KEYS = [
  'citationSources',
  'citationQuotes',
  'citationSpeakers',
  'citationVia',
  'citationNotes',
] as const;

/** Property names the loader owns; everything else on a relationship is an attribute. */
export const OWN_KEYS: ReadonlySet<string> = new Set<string>([
  'id',
  'claim',
  'sourceIds',
  'citations',
  ...CITATION_LIST_KEYS,
  'file',
  'rank',
  'rankReason',
  'disputed',
  'revision',
  'recordedAt',
  ...TIME_KEYS.flatMap((k) => POINT_FIELDS.map((f) => `${k}${f}`)),
]);

/**
 * Flattens a fact for storage: time points become `atDate`, `atPrecision`, `atEarliest`, ...
 * (earliest and latest always filled, as ISO days here, stored as DATE: see `DATE_KEYS`);
 * citations become JSON, parallel lists (`citationListProperties`) and a `sourceIds` list of
 * the distinct sources that queries can filter on.
 */
export function factToProperties(fact: Fact, file: string): FactProperties {
  const props: FactProperties = {
    id: fact.id,
    claim: fact.claim ?? null,
    sourceIds: [...new Set(fact.sources.map((c) => c.source))],
    citations: JSON.stringify(fact.sources),
    ...citationListProperties(fact.sources),
    file,
    rank: fact.rank ?? null,
    rankReason: fact.rankReason ?? null,
    disputed: fact.disputed ?? null,
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

/** Citations as the parallel lists of `CITATION_LIST_KEYS`, '' where a citation has no value. */
export function citationListProperties(
  citations: readonly Citation[],
): Record<(typeof CITATION_LIST_KEYS)[number], string[]> {
  return {
    citationSources: citations.map((c) => c.source),
    citationQuotes: citations.map((c) => c.quote?.text ?? ''),
    citationSpeakers: citations.map((c) => c.quote?.speaker ?? ''),
    citationVia: citations.map((c) => c.via ?? ''),
    citationNotes: citations.map((c) => c.note ?? ''),
  };
}

/** Citations from the JSON text, or else from the parallel lists (Cypher can write those). */
function citationsFrom(props: Readonly<Record<string, unknown>>): Citation[] {
  if (typeof props.citations === 'string') return JSON.parse(props.citations) as Citation[];
  const list = (key: (typeof CITATION_LIST_KEYS)[number], i: number): string => {
    const values = props[key];
    return Array.isArray(values) && typeof values[i] === 'string' ? values[i] : '';
  };
  const sources = Array.isArray(props.citationSources) ? props.citationSources : [];
  return sources.map((_, i) => {
    const text = list('citationQuotes', i);
    const via = list('citationVia', i);
    const note = list('citationNotes', i);
    return {
      source: list('citationSources', i),
      ...(via !== '' ? { via } : {}),
      ...(text !== '' ? { quote: { text, speaker: list('citationSpeakers', i) } } : {}),
      ...(note !== '' ? { note } : {}),
    };
  });
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
  const { claim, rank, rankReason, disputed, revision } = props;
  return {
    id: typeof props.id === 'string' ? props.id : '',
    type,
    subject,
    object,
    time,
    attributes,
    ...(typeof claim === 'string' ? { claim } : {}),
    sources: citationsFrom(props),
    ...(rank === 'preferred' || rank === 'normal' || rank === 'deprecated' ? { rank } : {}),
    ...(typeof rankReason === 'string' ? { rankReason } : {}),
    ...(typeof disputed === 'boolean' ? { disputed } : {}),
    ...(typeof revision === 'number' ? { revision } : {}),
  };
}
