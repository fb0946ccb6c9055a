// Turns driver values (Integer, temporal types, nodes) into plain JSON at the gateway boundary.
import neo4j from 'neo4j-driver';

/** A plain value as text: strings as they are, anything else as JSON. */
export function asText(value: Plain | undefined): string {
  if (typeof value === 'string') return value;
  return value === undefined ? '' : JSON.stringify(value);
}

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Converts any value the driver returns into plain JSON values. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return Number(value);
    case 'object':
      break;
    default:
      return null;
  }
  // Lists and maps are by far the most common: check them before the driver's own types.
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value);
  return driverValue(value);
}

function plainMap(value: object): { [key: string]: Plain } {
  const out: Record<string, Plain> = {};
  for (const key of Object.keys(value)) out[key] = toPlain((value as Record<string, unknown>)[key]);
  return out;
}

/** Integers, temporal values, nodes, relationships and paths: the driver's own classes. */
function driverValue(value: object): Plain {
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value)) {
    return { labels: [...value.labels], properties: toPlain(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return { type: value.type, properties: toPlain(value.properties) };
  }
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => toPlain(s.relationship));
  }
  return plainMap(value);
}
