// A data file's entity row made to keep what other sources said of the stored entity (pure).
// The data file's name, kind and summary win (it is curated); the names other files or
// datasets gave stay aliases, their values by source stay in `saidBy`, and when the entity
// was another file's, that file's name, kind, summary and aliases are kept under it.
import {
  aliasesWithSaid,
  parseSaidBy,
  saidApart,
  saidByText,
  withSaid,
  type SaidBy,
} from '../domain/said-by';
import { aliasSearchText } from '../domain/text-policy';

/** What load-stored.cypher returns of one entity (plain values). */
export interface StoredEntity {
  readonly file?: unknown;
  readonly name?: unknown;
  readonly kind?: unknown;
  readonly summary?: unknown;
  readonly aliases?: unknown;
  readonly saidBy?: unknown;
  readonly mergedFrom?: unknown;
}

/** An entity row as the loader writes it (load-entities.cypher). */
export interface LoadEntityRow {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly aliasText: string;
  readonly summary: string | null;
  readonly file: string;
  readonly saidBy?: string | null;
  readonly mergedFrom?: readonly string[] | null;
  readonly [key: string]: unknown;
}

const texts = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** `saidBy` without `file`'s entry: a file that owns the entity says its values itself. */
function without(saidBy: SaidBy, file: string): SaidBy {
  return withSaid(saidBy, file, {});
}

/**
 * The row to write for `row` when `stored` is what the database holds of its entity (none:
 * the row as it is). Names in `saidBy` join the row's aliases; an entity another file wrote
 * keeps that file's differing values under its name and lists it in `mergedFrom`.
 */
export function mergeWithStored(
  row: LoadEntityRow,
  stored: StoredEntity | undefined,
): LoadEntityRow {
  if (stored === undefined) return { ...row, saidBy: null, mergedFrom: null };
  let saidBy = without(parseSaidBy(stored.saidBy), row.file);
  const mergedFrom = texts(stored.mergedFrom).filter((f) => f !== row.file);
  const owner = typeof stored.file === 'string' ? stored.file : null;
  if (owner !== null && owner !== row.file) {
    const said = saidApart(
      { name: row.name, kind: row.kind, summary: row.summary, aliases: row.aliases },
      {
        ...(typeof stored.name === 'string' ? { name: stored.name } : {}),
        ...(typeof stored.kind === 'string' ? { kind: stored.kind } : {}),
        ...(typeof stored.summary === 'string' ? { summary: stored.summary } : {}),
        aliases: texts(stored.aliases),
      },
    );
    saidBy = withSaid(saidBy, owner, said);
    if (!mergedFrom.includes(owner)) mergedFrom.push(owner);
  }
  const aliases = aliasesWithSaid(row.name, row.aliases, saidBy);
  return {
    ...row,
    aliases,
    aliasText: aliasSearchText(row.name, aliases),
    saidBy: saidByText(saidBy),
    mergedFrom: mergedFrom.length > 0 ? mergedFrom : null,
  };
}
