// The allowlists: entity kinds (Neo4j labels) and fact types (Neo4j relationship types).

/** Entity kinds. Each is also a Neo4j label, next to the common `Entity` label. */
export const ENTITY_KINDS = [
  'Organisation',
  'Company',
  'Brand',
  'Marketplace',
  'Person',
  'Place',
  'Publication',
  'Topic',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * How a fact type is placed in time: an `event` happens at one time (`time.at`); a `state`
 * holds over an interval (`time.start`, `time.end`), either end of which may be unknown.
 */
export type TimeShape = 'event' | 'state';

export interface FactTypeInfo {
  readonly shape: TimeShape;
  /** Verb phrase for plain sentences: "Kering owns Saint Laurent". */
  readonly verb: string;
  /** Short label for drawings and legends. */
  readonly label: string;
}

/** Fact types. Each is a Neo4j relationship type; names read well in Cypher. */
export const FACT_TYPES = {
  MEMBER_OF: { shape: 'state', verb: 'was a member of', label: 'member of' },
  JOINED: { shape: 'event', verb: 'joined', label: 'joined' },
  LEFT: { shape: 'event', verb: 'left', label: 'left' },
  SUSPENDED: { shape: 'event', verb: 'suspended', label: 'suspended' },
  DECLINED_TO_JOIN: { shape: 'event', verb: 'declined to join', label: 'declined to join' },
  EXPRESSED_INTEREST_IN: {
    shape: 'event',
    verb: 'expressed interest in joining',
    label: 'interested in',
  },
  OWNS: { shape: 'state', verb: 'owns', label: 'owns' },
  SUED: { shape: 'state', verb: 'sued', label: 'sued' },
  DROPPED_LAWSUIT_AGAINST: {
    shape: 'event',
    verb: 'dropped a lawsuit against',
    label: 'dropped lawsuit',
  },
  PARTNERED_WITH: { shape: 'state', verb: 'partnered with', label: 'partnered with' },
  CALLED: { shape: 'event', verb: 'described', label: 'called' },
  SPENT_ON: { shape: 'event', verb: 'reported spending against', label: 'spent on' },
  BASED_IN: { shape: 'state', verb: 'is based in', label: 'based in' },
  WORKS_FOR: { shape: 'state', verb: 'works for', label: 'works for' },
} as const satisfies Record<string, FactTypeInfo>;
export type FactType = keyof typeof FACT_TYPES;
export const FACT_TYPE_NAMES = Object.keys(FACT_TYPES) as FactType[];
/** The fact types that hold over an interval (memberships, lawsuits, ownership, ...). */
export const STATE_FACT_TYPES = FACT_TYPE_NAMES.filter((t) => FACT_TYPES[t].shape === 'state');

/** Source kinds: what sort of document a source is. */
export const SOURCE_KINDS = [
  'news-article',
  'news-report',
  'press-release',
  'court-record',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isFactType(value: string): value is FactType {
  return Object.hasOwn(FACT_TYPES, value);
}
