// Typed values from text: neo4j-admin's column types and dates with their precision.
import type { AttributeValue } from '../domain/model';
import type { TimePoint } from '../domain/time';
import { writtenPrecision } from '../domain/time';

/** The column types of neo4j-admin import headers that the importer understands. */
export const VALUE_TYPES = [
  'string',
  'char',
  'int',
  'long',
  'short',
  'byte',
  'float',
  'double',
  'boolean',
  'date',
  'datetime',
  'localdatetime',
  'time',
  'localtime',
  'duration',
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** True when the text names one of VALUE_TYPES (neo4j-admin's value types). */
export function isValueType(text: string): text is ValueType {
  return (VALUE_TYPES as readonly string[]).includes(text);
}

/**
 * A time of day after a date, at any precision ISO 8601 and FollowTheMoney's date type write:
 * `T21`, `T21:48`, `T21:48:05`, fractions of a second, `Z` or an offset.
 */
const TIME_OF_DAY =
  /^(\d{4}-\d{2}-\d{2})[T ]\d{2}(?::\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A date at the precision it is written: `2016`, `2016-04`, `2016-04-13`; anything finer
 * (`2021-02-16T21`, `2021-02-16T21:48:05Z`) is kept at the day.
 */
export function timePointOf(text: string): TimePoint | string {
  const value = text.trim();
  const day = TIME_OF_DAY.exec(value)?.[1] ?? value;
  const precision = writtenPrecision(day);
  if (precision === null) {
    return `"${text}" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)`;
  }
  return { date: day, precision };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Whether a column type is one of Neo4j's whole-number types (stored as INTEGER). */
export function isIntegerType(type: ValueType): boolean {
  return type === 'int' || type === 'long' || type === 'short' || type === 'byte';
}

/**
 * One value of a type, or a message saying why the text is not one. Whole numbers beyond
 * 2^53 come back as their decimal text; the caller records them as integers.
 */
export function scalarOf(text: string, type: ValueType): string | number | boolean | Error {
  switch (type) {
    case 'int':
    case 'long':
    case 'short':
    case 'byte': {
      if (!/^\s*[+-]?\d+\s*$/.test(text)) {
        return new Error(`"${text}" is not a whole number (${type})`);
      }
      const n = BigInt(text.trim());
      if (n < INT64_MIN || n > INT64_MAX) {
        return new Error(`"${text}" is beyond Neo4j's 64-bit INTEGER (${type})`);
      }
      // Beyond 2^53 a JavaScript number loses digits: the value travels as its decimal text.
      return Number.isSafeInteger(Number(n)) ? Number(n) : n.toString();
    }
    case 'float':
    case 'double': {
      const n = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(n)) {
        return new Error(`"${text}" is not a number (${type})`);
      }
      return n;
    }
    case 'boolean': {
      const v = text.trim().toLowerCase();
      if (v !== 'true' && v !== 'false') return new Error(`"${text}" is not true or false`);
      return v === 'true';
    }
    case 'date': {
      const point = timePointOf(text);
      return typeof point === 'string' ? new Error(point) : point.date;
    }
    case 'char':
      return Array.from(text).length === 1
        ? text
        : new Error(`"${text}" is not one character (char)`);
    case 'datetime':
    case 'localdatetime':
      return Number.isNaN(Date.parse(text.trim()))
        ? new Error(`"${text}" is not a date and time (${type})`)
        : text.trim();
    default:
      return text;
  }
}

/** A cell's value: a scalar, or for array types the `;`-separated items; empty means absent. */
export function cellValue(
  text: string,
  type: ValueType,
  array: boolean,
  arrayDelimiter = ';',
): AttributeValue | undefined | Error {
  if (text === '') return undefined;
  if (!array) return scalarOf(text, type);
  const items = text.split(arrayDelimiter).map((item) => scalarOf(item, type));
  const bad = items.find((item) => item instanceof Error);
  if (bad) return bad;
  // Neo4j lists hold one type; the product stores text lists, so numbers are kept as text.
  return (items as (string | number | boolean)[]).map(String);
}
