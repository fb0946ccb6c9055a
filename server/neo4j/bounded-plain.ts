// Driver values to plain JSON within a budget of bytes and list items: an answer never grows
// past its bound, however large one value is (a list of millions, a string of megabytes).
import neo4j from 'neo4j-driver';
import { toPlain, type Plain } from './to-plain';

/** What is left to spend; `cut` says why something was left out (null while all fit). */
export interface Budget {
  /** Bytes of JSON still allowed (an estimate: UTF-8 lengths, quotes and separators). */
  bytes: number;
  /** Most items kept of any one list. */
  readonly maxListItems: number;
  cut: 'bytes' | 'list' | null;
}

/** A budget of `maxBytes` bytes of JSON and `maxListItems` items per list. */
export function newBudget(maxBytes: number, maxListItems: number): Budget {
  return { bytes: maxBytes, maxListItems, cut: null };
}

function spend(budget: Budget, bytes: number): boolean {
  if (bytes > budget.bytes) {
    budget.bytes = 0;
    budget.cut = 'bytes';
    return false;
  }
  budget.bytes -= bytes;
  return true;
}

/** A scalar that did not fit is left out; cut strings, lists and maps hold what fitted. */
function overspent(plain: Plain): boolean {
  return plain === null || (typeof plain !== 'object' && typeof plain !== 'string');
}

function boundedString(value: string, budget: Budget): string {
  const bytes = Buffer.byteLength(value, 'utf8') + 2;
  if (spend(budget, bytes)) return value;
  // What fits, by characters (each at most 4 bytes in UTF-8), then stop.
  return value.slice(0, Math.max(0, Math.floor(budget.bytes / 4)));
}

function boundedList(values: readonly unknown[], budget: Budget): Plain[] {
  const out: Plain[] = [];
  if (!spend(budget, 2)) return out;
  for (const item of values) {
    if (out.length >= budget.maxListItems) {
      budget.cut ??= 'list';
      break;
    }
    if (budget.bytes <= 0 || !spend(budget, 1)) break;
    const plain = toBoundedPlain(item, budget);
    if (budget.cut === 'bytes' && overspent(plain)) break;
    out.push(plain);
    if (budget.cut === 'bytes') break;
  }
  return out;
}

function boundedMap(value: object, budget: Budget): { [key: string]: Plain } {
  const out: Record<string, Plain> = {};
  if (!spend(budget, 2)) return out;
  for (const [key, item] of Object.entries(value)) {
    if (!spend(budget, Buffer.byteLength(key, 'utf8') + 4)) break;
    const plain = toBoundedPlain(item, budget);
    if (budget.cut === 'bytes' && overspent(plain)) break;
    out[key] = plain;
    if (budget.cut === 'bytes') break;
  }
  return out;
}

/**
 * Converts a driver value like `toPlain`, spending `budget`: lists keep at most
 * `maxListItems` items, and once the bytes are spent the rest is left out (strings cut,
 * lists and maps closed early). `budget.cut` then says which bound was reached.
 */
export function toBoundedPlain(value: unknown, budget: Budget): Plain {
  if (typeof value === 'string') return boundedString(value, budget);
  if (Array.isArray(value)) return boundedList(value, budget);
  if (value !== null && typeof value === 'object') {
    if (Object.getPrototypeOf(value) === Object.prototype) return boundedMap(value, budget);
    if (neo4j.isNode(value)) {
      return boundedMap({ labels: value.labels, properties: value.properties }, budget);
    }
    if (neo4j.isRelationship(value)) {
      return boundedMap({ type: value.type, properties: value.properties }, budget);
    }
    if (neo4j.isPath(value))
      return boundedList(
        value.segments.map((s) => s.relationship),
        budget,
      );
  }
  // Numbers, booleans, null, integers and temporal values: small, converted as they are.
  const plain = toPlain(value);
  spend(budget, JSON.stringify(plain).length);
  return plain;
}
