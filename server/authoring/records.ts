// The records authoring reads inside its write transaction (entities, facts, sources) as wire
// records, their snapshots for revisions, and the checks every write shares.
import { randomUUID } from 'node:crypto';
import type { Entity, Fact, Source } from '../domain/model';
import { FACT_TYPE_NAMES } from '../domain/vocabulary';
import { RevisionConflictError } from '../errors';
import { edgeOf, nodeOf, sourceOf } from '../graph/rows';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** A fact as stored, with the time it was first recorded (ISO 8601) when known. */
export interface StoredFact {
  readonly fact: Fact;
  readonly recordedAt: string | null;
  /** The relationship's element id, valid in the transaction that read it (to delete it by). */
  readonly elementId: string;
}

/** The entity with `id` as `tx` sees it, or undefined. */
export async function readEntityIn(tx: QueryRunner, id: string): Promise<Entity | undefined> {
  const [row] = await tx.run('entities-by-id', { ids: [id] });
  if (!row) return undefined;
  const node = nodeOf(row);
  return { id: node.key, ...node.attributes };
}

/**
 * The fact with `id` (any type) as `tx` sees it, or undefined: sought in the built-in types'
 * indexes first, then among the types imports brought.
 */
export async function readFactIn(tx: QueryRunner, id: string): Promise<StoredFact | undefined> {
  const builtIn = await tx.run('author-fact-read', { id });
  const [row] =
    builtIn.length > 0
      ? builtIn
      : await tx.run('author-fact-read-other', { id, builtIn: FACT_TYPE_NAMES });
  const edge = row ? edgeOf(row) : undefined;
  if (!row || !edge) return undefined;
  const fact: Fact = {
    id: edge.key,
    subject: edge.source,
    object: edge.target,
    ...edge.attributes,
  };
  return {
    fact,
    recordedAt: typeof row.recordedAt === 'string' ? row.recordedAt : null,
    elementId: asText(row.elementId),
  };
}

/** The sources with these ids that exist, by id. */
export async function readSourcesIn(
  tx: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, Source>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.run('sources-by-id', { ids: [...new Set(ids)] });
  return new Map(
    rows.map((r) => {
      const source = sourceOf(r);
      return [source.id, source];
    }),
  );
}

/** A copy of `record` without `keys`, and without fields whose value is undefined. */
export function without<T extends object, K extends keyof T>(
  record: T,
  ...keys: readonly K[]
): Omit<T, K> {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of keys) Reflect.deleteProperty(copy, key);
  for (const [key, value] of Object.entries(copy)) {
    if (value === undefined) Reflect.deleteProperty(copy, key);
  }
  return copy as Omit<T, K>;
}

/** A record without its `revision`: what a revision's before and after keep. */
export function snapshotOf<T extends { readonly revision?: number }>(
  record: T,
): Omit<T, 'revision'> {
  return without(record, 'revision');
}

/**
 * Optimistic concurrency: throws RevisionConflictError (409, both versions) unless the stored
 * record's revision (0 when only the loader or an import wrote it) is the one the change
 * started from.
 */
export function checkRevision(
  current: { readonly revision?: number },
  expected: number,
  yours: unknown,
): void {
  const stored = current.revision ?? 0;
  if (stored !== expected) {
    throw new RevisionConflictError(
      `Someone saved this record since you opened it (revision ${stored}, yours ${expected}): ` +
        'compare both versions and save again',
      current,
      yours,
    );
  }
}

/** A new record id: the name's words (a-z, 0-9) and a random suffix, e.g. `acme-ltd-3f9c2a`. */
export function newRecordId(prefix: string, name = ''): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const suffix = randomUUID().slice(0, 8);
  return [prefix, words, suffix].filter((p) => p !== '').join('-');
}
