// Values as Neo4j should store them: JavaScript numbers travel as FLOAT unless they are sent
// as the driver's Integer, so attributes named as whole numbers are converted here.
import neo4j, { type Integer } from 'neo4j-driver';

export type TypedValue = string | number | boolean | readonly string[] | Integer | null;

/**
 * Attributes with those named in `integers` made Neo4j INTEGERs (from a safe number or the
 * decimal text of a larger one); the rest as they are (numbers stay FLOAT).
 */
export function withIntegers(
  values: Readonly<Record<string, unknown>>,
  integers: Iterable<string> | undefined,
  rename: (name: string) => string = (n) => n,
): Record<string, TypedValue> {
  const ints = new Set(integers ?? []);
  const out: Record<string, TypedValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const isInt = ints.has(name) && (typeof value === 'number' || typeof value === 'string');
    out[rename(name)] = isInt ? neo4j.int(String(value)) : (value as TypedValue);
  }
  return out;
}
