// The allowlists: entity kinds (Neo4j labels) and fact types (Neo4j relationship types).

/** Entity kinds. Each is also a Neo4j label, next to the common `Entity` label. */
export const ENTITY_KINDS = [
  'Organization',
  'Company',
  'Brand',
  'Marketplace',
  'Person',
  'Place',
  'Publication',
  'Topic',
  'Other',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * Earlier names of kinds, still read in data files (and relabelled in stored data on start):
 * `Organisation` became `Organization`, the spelling of Neo4j's examples, FollowTheMoney,
 * schema.org and BODS.
 */
export const ENTITY_KIND_ALIASES = { Organisation: 'Organization' } as const satisfies Record<
  string,
  EntityKind
>;
export type EntityKindAlias = keyof typeof ENTITY_KIND_ALIASES;

/** The kind an earlier name of it stands for (`Organisation`: `Organization`); others as given. */
export function canonicalKind<T extends string>(name: T): T | EntityKind {
  return Object.hasOwn(ENTITY_KIND_ALIASES, name)
    ? ENTITY_KIND_ALIASES[name as EntityKindAlias]
    : name;
}

/**
 * How a fact type is placed in time: an `event` happens at one time (`time.at`); a `state`
 * holds over an interval (`time.start`, `time.end`), either end of which may be unknown.
 */
export type TimeShape = 'event' | 'state';

/** How a fact type is placed in time and read in sentences and drawings. */
export interface FactTypeInfo {
  readonly shape: TimeShape;
  /** Verb phrase for plain sentences: "Kering owns Saint Laurent". */
  readonly verb: string;
  /** Short label for drawings and legends. */
  readonly label: string;
}

/**
 * The article's fact types, built in. Each is a Neo4j relationship type; names read well in
 * Cypher. Imported data brings types of its own: they are registered in the database as
 * `(:FactType)` nodes and learned at run time by a `FactTypeRegistry` (fact-type-registry.ts).
 */
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
export type BuiltInFactType = keyof typeof FACT_TYPES;
/** A fact type: a built-in one or one registered by an import; always matches the pattern. */
export type FactType = string;
export const FACT_TYPE_NAMES = Object.keys(FACT_TYPES) as BuiltInFactType[];

/** What a fact type name must look like (it becomes a relationship type). */
export const FACT_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

/** What an entity id must look like: `kering`, Wikidata's `Q42`, an FtM id. */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/** What a community's id looks like (`GET /api/communities`): `c0` is the largest. */
export const COMMUNITY_ID_PATTERN = /^c[0-9]{1,6}$/;

/** A fact type with its description, as the registry holds it. */
export interface NamedFactType extends FactTypeInfo {
  readonly name: FactType;
}

/**
 * A fact type name from free text: "country of citizenship" gives COUNTRY_OF_CITIZENSHIP, "P27"
 * stays P27; a name that would start with a digit gets `T_` in front. Empty text gives `RELATED_TO`.
 */
export function factTypeName(text: string): FactType {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (words === '') return 'RELATED_TO';
  const name = /^[0-9]/.test(words) ? `T_${words}` : words;
  return name.slice(0, 64).replace(/_+$/, '');
}

/** Source kinds: what sort of document a source is. */
export const SOURCE_KINDS = [
  'news-article',
  'news-report',
  'press-release',
  'court-record',
  'dataset',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** True when the value is one of ENTITY_KINDS (a label the allowlist permits). */
export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** True when the value can name a fact type (built in, registered, or about to be). */
export function isFactType(value: string): value is FactType {
  return FACT_TYPE_PATTERN.test(value);
}

/** True when the value is one of the article's built-in fact types (FACT_TYPES). */
export function isBuiltInFactType(value: string): value is BuiltInFactType {
  return Object.hasOwn(FACT_TYPES, value);
}
