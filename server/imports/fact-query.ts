// The fact write query for one import: cypher/import-facts.cypher plus one SET per attribute
// name of the import. Setting properties by name keeps Neo4j's plan free of Eager operators
// (a map SET would hold whole batches); names are made plain identifiers before they are used.
import { OWN_KEYS } from '../domain/fact-record';
import { cypher } from '../neo4j/cypher-files';

/** What a stored attribute name may look like: a plain identifier, never a loader key. */
export const ATTRIBUTE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** An attribute name as stored: `amount eur` becomes `amount_eur`, `id` becomes `attr_id`. */
export function attributeKey(name: string): string {
  let key = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 60);
  if (!/^[A-Za-z_]/.test(key)) key = `_${key}`;
  return OWN_KEYS.has(key) ? `attr_${key}` : key;
}

/** The write query for facts whose attributes have these (stored) names. */
export function factQuery(keys: Iterable<string>): string {
  const names = [...new Set(keys)].sort();
  for (const name of names) {
    if (!ATTRIBUTE_KEY.test(name) || OWN_KEYS.has(name)) {
      throw new Error(`"${name}" cannot name a fact attribute`);
    }
  }
  const sets = names.map((n) => `SET r.\`${n}\` = row.attributes.\`${n}\``);
  return [cypher('import-facts'), ...sets].join('\n');
}
