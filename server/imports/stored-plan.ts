// What a batch of imported entities must know of what is stored before it is written: which
// entities another file or dataset wrote (merged, their values kept, this file's kept by
// source in `saidBy`), and which this file wrote before with another kind (relabelled).
import neo4j from 'neo4j-driver';
import type { AttributeValue } from '../domain/model';
import {
  aliasesWithSaid,
  parseSaidBy,
  saidApart,
  saidByText,
  withSaid,
  type SaidBy,
  type SaidValues,
} from '../domain/said-by';
import { ENTITY_OWN_KEYS, attributeNameOf, userAttributes } from '../domain/storage-names';
import { aliasSearchText } from '../domain/text-policy';
import { ENTITY_KINDS } from '../domain/vocabulary';
import { plannedOnce } from '../neo4j/cypher-files';
import type { WriteTx } from '../neo4j/gateway';
import { asText } from '../neo4j/to-plain';

type Row = Record<string, unknown>;

/** What a batch's writes must know of what is stored: merges to report, kinds to replace. */
export interface StoredPlan {
  /** The rows as they may be written (another file's properties never overwritten). */
  readonly rows: Row[];
  /**
   * Rows this file wrote before whose kind changed: their kind label is replaced (each with
   * `otherKinds`, every allowlisted kind but its own).
   */
  readonly relabel: Row[];
}

const KIND_LABELS: ReadonlySet<string> = new Set(ENTITY_KINDS);

/** A row's attribute value as plain JSON (a driver Integer as a number, or text past 2^53). */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  return value;
}

/** The attributes a row gives, by their own names, as plain values. */
function rowAttributes(row: Row): Record<string, AttributeValue> {
  const extra = (row.extra ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(extra).map(([key, value]) => [attributeNameOf(key), plain(value)]),
  ) as Record<string, AttributeValue>;
}

/** A row written to an entity its own file wrote: other sources' names stay its aliases. */
function ownRow(row: Row, saidBy: SaidBy): Row {
  if (Object.keys(saidBy).length === 0) return row;
  const name = String(row.name);
  const aliases = aliasesWithSaid(name, row.aliases as string[], saidBy);
  return { ...row, aliases, aliasText: aliasSearchText(name, aliases) };
}

/**
 * A row written to an entity another file owns: only the attributes it lacks are written,
 * and what the row says apart from the entity is kept under the row's file (`saidBy`, set
 * by the write queries when `said` is true).
 */
function mergedRow(row: Row, props: Row, saidBy: SaidBy): Row {
  const said = saidApart(
    {
      name: props.name,
      kind: props.kind,
      summary: props.summary,
      aliases: props.aliases as unknown[] | null,
      attributes: userAttributes(props, ENTITY_OWN_KEYS),
    },
    statementOf(row),
    saidBy[String(row.file)],
  );
  const extra = Object.entries((row.extra ?? {}) as Row);
  return {
    ...row,
    extra: Object.fromEntries(extra.filter(([key]) => !(key in props))),
    said: true,
    saidBy: saidByText(withSaid(saidBy, String(row.file), said)),
  };
}

/**
 * What a row says of its entity. A fact's mere mention of an entity (an implied row that
 * does not describe it: `alias` null) says only the type its file gave, if any: its kind
 * and summary (triples' type names, an edge list's kind column). The kind `Other` is no
 * statement (a file that gives no kind gets it).
 */
export function statementOf(row: Row): SaidValues {
  const summary = typeof row.summary === 'string' ? { summary: row.summary } : {};
  // `Other` is the kind of an entity whose file gave none: it says nothing.
  const kind = row.kind === 'Other' ? {} : { kind: String(row.kind) };
  if ('alias' in row && row.alias === null) {
    return typeof row.sourceType === 'string' ? { ...kind, ...summary } : summary;
  }
  return {
    name: String(row.name),
    ...kind,
    ...summary,
    aliases: row.aliases as string[],
    attributes: rowAttributes(row),
  };
}

/**
 * Reads what is stored of `rows` (import-stored.cypher). An entity another file or dataset
 * wrote first keeps every value it holds: the row's further attributes fill only what is
 * missing, import-entities keeps its name, kind and summary (the row's names become aliases)
 * and the row's own values are kept by source (`saidBy`, said-by.ts); each such entity is
 * recorded in `merged` (when given) by the file that wrote it. An entity this file wrote (or
 * no file claims) keeps the names other sources gave as aliases; when its stored kind label
 * differs it is to be relabelled. Rows whose id `absent` says the database cannot hold are
 * not looked up (the import began on an empty graph and has not written them).
 */
export async function planAgainstStored(
  tx: WriteTx,
  rows: readonly Row[],
  merged?: Map<string, Set<string>>,
  absent: (id: string) => boolean = () => false,
): Promise<StoredPlan> {
  // The lookup needs each row's id and file only: the whole rows would be sent twice.
  const asked = rows.filter((row) => !absent(String(row.id)));
  const found =
    asked.length === 0
      ? []
      : await tx.run(plannedOnce('import-stored'), {
          rows: asked.map((row) => ({ id: row.id, file: row.file })),
        });
  const stored = new Map(found.map((r) => [asText(r.id), r]));
  // Ids whose kind label must be replaced, and each id's last row (FtM fragments of one id
  // may share a batch: the last one's kind is the one written).
  const relabel = new Set<string>();
  const last = new Map<string, Row>();
  const planned = rows.map((row) => {
    const id = String(row.id);
    const earlier = last.get(id);
    last.set(id, row);
    const had = stored.get(id);
    if (!had) {
      if (earlier !== undefined && earlier.kind !== row.kind) relabel.add(id);
      return row;
    }
    const props = (had.props ?? {}) as Row;
    const saidBy = parseSaidBy(props.saidBy);
    const file = had.file === null || had.file === undefined ? null : asText(had.file);
    if (file === null || file === row.file) {
      const labels = had.labels as string[];
      if (labels.some((l) => l !== row.kind && KIND_LABELS.has(l))) relabel.add(id);
      if (earlier !== undefined && earlier.kind !== row.kind) relabel.add(id);
      return ownRow(row, saidBy);
    }
    if (merged) {
      const ids = merged.get(file) ?? new Set<string>();
      ids.add(id);
      merged.set(file, ids);
    }
    return mergedRow(row, props, saidBy);
  });
  return {
    rows: planned,
    relabel: [...relabel].flatMap((id): Row[] => {
      const row = last.get(id);
      return row ? [{ ...row, otherKinds: ENTITY_KINDS.filter((k) => k !== row.kind) }] : [];
    }),
  };
}
