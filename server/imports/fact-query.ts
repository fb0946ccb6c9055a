// The fact write query for one import: cypher/import-facts.cypher plus one SET per attribute
// name of the import. Setting properties by name keeps Neo4j's plan free of Eager operators
// (a map SET would hold whole batches); names are made plain identifiers before they are used.
import { DATE_KEYS, OWN_KEYS } from '../domain/fact-record';
import { cypher } from '../neo4j/cypher-files';

/** What a stored attribute name may look like: a plain identifier, never a loader key. */
export const ATTRIBUTE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** An attribute name as stored: `amount eur` becomes `amount_eur`, `id` becomes `attr_id`. */
export function attributeKey(name: string): string {
  let key = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 60);
  if (!/^[A-Za-z_]/.test(key)) key = `_${key}`;
  return OWN_KEYS.has(key) ? `attr_${key}` : key;
}

/** The time fields the importers fill for each time point a fact has (`atDate`, ...); bounds as DATE. */
const TIME_FIELDS = ['Date', 'Precision', 'Earliest', 'Latest'] as const;
export type TimeSlot = 'at' | 'start' | 'end';

/**
 * The write query for an import's facts: the time points they use (`at`, `start`, `end`) and
 * the (stored) names of their attributes, each set by name. A fact without one gets null,
 * which clears what an earlier import of it stored.
 */
export function factQuery(slots: Iterable<TimeSlot>, keys: Iterable<string>): string {
  const names = [...new Set(keys)].sort();
  for (const name of names) {
    if (!ATTRIBUTE_KEY.test(name) || OWN_KEYS.has(name)) {
      throw new Error(`"${name}" cannot name a fact attribute`);
    }
  }
  const order: readonly TimeSlot[] = ['at', 'start', 'end'];
  const used = new Set(slots);
  const times = order
    .filter((slot) => used.has(slot))
    .flatMap((slot) => TIME_FIELDS.map((f) => `${slot}${f}`))
    .map((k) =>
      DATE_KEYS.includes(k) ? `SET r.${k} = date(row.props.${k})` : `SET r.${k} = row.props.${k}`,
    );
  const sets = names.map((n) => `SET r.\`${n}\` = row.attributes.\`${n}\``);
  // Planned afresh for every batch: a plan made while the graph has few relationships scans
  // all of them for each row, and Neo4j would keep it until its statistics age.
  return ['CYPHER replan=force', cypher('import-facts'), ...times, ...sets].join('\n');
}
