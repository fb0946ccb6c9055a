// Where the product's own property names end and the user's begin. The product stores its
// model on nodes and relationships under plain names (`name`, `kind`, `claim`, `atDate`, ...);
// a user attribute that would take one of those names is stored with the prefix `attr_`
// (`claim` becomes `attr_claim`), and so is one that already starts with it, so the mapping
// is one to one and a Cypher user reads every other attribute under its own name. The
// relationship's own names are `OWN_KEYS` in fact-record.ts.

/** Node properties the product stores itself (the entity model and its bookkeeping). */
export const ENTITY_OWN_KEYS: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'name',
  'aliases',
  'aliasText',
  'summary',
  'sourceType',
  'originalId',
  'file',
  'mergedFrom',
  'saidBy',
  'revision',
  'recordedAt',
]);

/** The prefix that keeps a user attribute out of the product's names. */
export const ATTRIBUTE_ESCAPE = 'attr_';

/** The stored name of a user attribute: itself, or `attr_` + itself when it would clash. */
export function storedAttributeName(name: string, own: ReadonlySet<string>): string {
  return own.has(name) || name.startsWith(ATTRIBUTE_ESCAPE) ? `${ATTRIBUTE_ESCAPE}${name}` : name;
}

/** A user attribute's name from its stored name (the inverse of `storedAttributeName`). */
export function attributeNameOf(stored: string): string {
  return stored.startsWith(ATTRIBUTE_ESCAPE) ? stored.slice(ATTRIBUTE_ESCAPE.length) : stored;
}

/** A stored property map's user attributes, by their own names (the product's keys left out). */
export function userAttributes<T>(
  props: Readonly<Record<string, T>>,
  own: ReadonlySet<string>,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!own.has(key)) out[attributeNameOf(key)] = value;
  }
  return out;
}

/** User attributes by their stored names. */
export function storedAttributes<T>(
  attributes: Readonly<Record<string, T>>,
  own: ReadonlySet<string>,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [name, value] of Object.entries(attributes)) {
    out[storedAttributeName(name, own)] = value;
  }
  return out;
}
