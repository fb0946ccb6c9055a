// What other files or datasets said of an entity, kept by source. An entity has one owner (the
// file that wrote it first, or a data/*.json file, which always wins): its name, kind, summary
// and attributes are the entity's. Another file that writes the same id adds its names as
// aliases and fills attributes the entity lacks; each value it gives that is not the entity's
// is kept under that file, in the node property `saidBy` (JSON text, like a fact's
// `citations`): `{"people.csv": {"name": "Gucci Ltd", "attributes": {"country": "fr"}}}`.
import type { AttributeValue } from './model';

/** What one source said of an entity that was not (or not yet) the entity's own. */
export interface SaidValues {
  readonly name?: string;
  readonly kind?: string;
  readonly summary?: string;
  readonly aliases?: readonly string[];
  /** User attributes by their own names (storage-names.ts maps them to stored names). */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
}

/** Values by the file label of the source that said them. */
export type SaidBy = Readonly<Record<string, SaidValues>>;

/** What an entity holds itself: the values a source's statement is compared with. */
export interface OwnValues {
  readonly name?: unknown;
  readonly kind?: unknown;
  readonly summary?: unknown;
  readonly aliases?: readonly unknown[] | null;
  /** User attributes by their own names. */
  readonly attributes?: Readonly<Record<string, unknown>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function isAttributeValue(v: unknown): v is AttributeValue {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string');
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && isFinite(v));
}

/** One source's values from parsed JSON; anything not of the shape above is left out. */
function saidValuesOf(value: unknown): SaidValues {
  if (!isRecord(value)) return {};
  const out: Record<string, unknown> = {};
  for (const key of ['name', 'kind', 'summary'] as const) {
    if (typeof value[key] === 'string') out[key] = value[key];
  }
  const aliases = value.aliases;
  if (Array.isArray(aliases) && aliases.every((a) => typeof a === 'string')) {
    out.aliases = aliases;
  }
  if (isRecord(value.attributes)) {
    const kept = Object.entries(value.attributes).filter(([, v]) => isAttributeValue(v));
    if (kept.length > 0) out.attributes = Object.fromEntries(kept);
  }
  return out;
}

/** The stored `saidBy` text as values by source; missing or malformed text is `{}`. */
export function parseSaidBy(text: unknown): SaidBy {
  if (typeof text !== 'string' || text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(parsed)) return {};
  const out: Record<string, SaidValues> = {};
  for (const [file, values] of Object.entries(parsed)) {
    const said = saidValuesOf(values);
    if (Object.keys(said).length > 0) out[file] = said;
  }
  return out;
}

/** `saidBy` as stored: JSON text, or null when no source said anything of its own. */
export function saidByText(saidBy: SaidBy): string | null {
  return Object.keys(saidBy).length > 0 ? JSON.stringify(saidBy) : null;
}

/**
 * What `said` (one source's statement) holds that `own` does not: a name, kind or summary
 * that differs, every alias but the entity's name, each attribute that the entity lacks or
 * holds with another value. Empty when the source said nothing of its own. A value named in
 * `before` (what the same source said last time) stays: it may be the entity's value only
 * because that source filled it in, so writing the same file again keeps the same entry.
 */
export function saidApart(own: OwnValues, said: SaidValues, before: SaidValues = {}): SaidValues {
  const out: Record<string, unknown> = {};
  for (const key of ['name', 'kind', 'summary'] as const) {
    const value = said[key];
    if (value !== undefined && (value !== own[key] || before[key] !== undefined)) {
      out[key] = value;
    }
  }
  const aliases = (said.aliases ?? []).filter((a) => a !== own.name);
  if (aliases.length > 0) out.aliases = aliases;
  const attributes = Object.entries(said.attributes ?? {}).filter(
    ([name, value]) =>
      !same(own.attributes?.[name], value) || before.attributes?.[name] !== undefined,
  );
  if (attributes.length > 0) out.attributes = Object.fromEntries(attributes);
  return out;
}

/** `saidBy` with `file`'s entry replaced by `said` (removed when `said` is empty). */
export function withSaid(saidBy: SaidBy, file: string, said: SaidValues): SaidBy {
  const rest = Object.fromEntries(Object.entries(saidBy).filter(([f]) => f !== file));
  return Object.keys(said).length > 0 ? { ...rest, [file]: said } : rest;
}

/**
 * The aliases an entity has when its owner says `name` and `aliases`: those, then every
 * other name a source in `saidBy` gave (its name and aliases), once each, never `name`.
 */
export function aliasesWithSaid(
  name: string,
  aliases: readonly string[],
  saidBy: SaidBy,
): string[] {
  const out: string[] = [];
  const add = (a: string): void => {
    if (a !== name && !out.includes(a)) out.push(a);
  };
  aliases.forEach(add);
  for (const said of Object.values(saidBy)) {
    if (said.name !== undefined) add(said.name);
    (said.aliases ?? []).forEach(add);
  }
  return out;
}

/** One value a source gave that is not the entity's, as the details list it. */
export interface SaidDifference {
  /** The file label of the source. */
  readonly source: string;
  /** `name`, `kind`, `summary` or an attribute's name. */
  readonly field: string;
  readonly value: AttributeValue;
}

/**
 * The values other sources gave that differ from the entity's own (names given as aliases
 * are not repeated), source by source in stored order: what "also said by" lists.
 */
export function saidDifferences(own: OwnValues, saidBy: SaidBy | undefined): SaidDifference[] {
  const out: SaidDifference[] = [];
  for (const [source, said] of Object.entries(saidBy ?? {})) {
    const apart = saidApart(own, { ...said, aliases: [] });
    for (const key of ['name', 'kind', 'summary'] as const) {
      const value = apart[key];
      if (value !== undefined) out.push({ source, field: key, value });
    }
    for (const [field, value] of Object.entries(apart.attributes ?? {})) {
      out.push({ source, field, value });
    }
  }
  return out;
}
