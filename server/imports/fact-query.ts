// The fact write query for one import: cypher/import-facts.cypher plus one SET per attribute
// name of the import. Setting properties by name keeps Neo4j's plan free of Eager operators
// (a map SET would hold whole batches); names are made plain identifiers before they are used.
import { DATE_KEYS, OWN_KEYS } from '../domain/fact-record';
import { storedAttributeName } from '../domain/storage-names';
import { isFactType } from '../domain/vocabulary';
import { cypher } from '../neo4j/cypher-files';

/** What a stored attribute name may look like: a plain identifier, never a loader key. */
export const ATTRIBUTE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * An attribute name as stored: `amount eur` becomes `amount_eur`; a name the product uses
 * (`claim`) or one starting with `attr_` gets the `attr_` prefix (storage-names.ts).
 */
export function attributeKey(name: string): string {
  let key = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 58);
  if (!/^[A-Za-z_]/.test(key)) key = `_${key}`;
  return storedAttributeName(key, OWN_KEYS);
}

/** The time fields the importers fill for each time point a fact has (`atDate`, ...); bounds as DATE. */
const TIME_FIELDS = ['Date', 'Precision', 'Earliest', 'Latest', 'Wording', 'Note'] as const;
export type TimeSlot = 'at' | 'start' | 'end';

/**
 * How the facts query writes: `merge` (by id, the type taken from each row: `$(row.type)`),
 * `typed` (by id, for facts of one type written in the text, so the type's id constraint's
 * index serves the MERGE), or `create` (facts whose ids the database cannot hold yet: the file
 * is new to it; the write pass sends each id once; planned once, `CYPHER replan=skip`).
 */
export type FactWrite =
  | { readonly mode: 'merge' }
  | { readonly mode: 'create' }
  | { readonly mode: 'typed'; readonly type: string };

/**
 * The write query for an import's facts: the time points they use (`at`, `start`, `end`) and
 * the (stored) names of their attributes, each set by name. A fact without one gets null,
 * which clears what an earlier import of it stored. Errors when an attribute name is not a plain
 * identifier or a `typed` type does not match the fact type pattern (vocabulary.ts).
 */
export function factQuery(
  slots: Iterable<TimeSlot>,
  keys: Iterable<string>,
  how: FactWrite = { mode: 'merge' },
): string {
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
  return [head(how), ...times, ...sets].join('\n');
}

/** cypher/import-facts.cypher as `how` writes it. */
function head(how: FactWrite): string {
  const text = cypher('import-facts');
  const dynamic = 'MERGE (s)-[r:$(row.type) {id: row.id}]->(o)';
  if (!text.includes(dynamic)) throw new Error('import-facts.cypher: no MERGE of the fact');
  // Creating, both ends are found by their constrained id and nothing else is looked up: the
  // schema fixes the plan, which need not be made again as the graph grows (`plannedOnce`).
  if (how.mode === 'create')
    return `CYPHER replan=skip\n${text.replace(dynamic, 'CREATE (s)-[r:$(row.type) {id: row.id}]->(o)')}`;
  if (how.mode === 'typed') {
    if (!isFactType(how.type))
      throw new Error(`${JSON.stringify(how.type)} cannot name a fact type`);
    return text.replace(dynamic, `MERGE (s)-[r:${how.type} {id: row.id}]->(o)`);
  }
  // Planned afresh for every batch: a plan made while the graph has few relationships scans
  // all of them for each row (a dynamic type cannot use a type's id index), and Neo4j would
  // keep it until its statistics age.
  return `CYPHER replan=force\n${text}`;
}
