// Views whose URL would be too long, saved in Neo4j under a short id, so a shared link restores them.
import { createHash } from 'node:crypto';
import { NotFoundError } from '../errors';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** A saved view's id: the first 128 bits of SHA-256 of its text, base64url (22 characters). */
export function savedViewId(query: string): string {
  return createHash('sha256').update(query, 'utf8').digest('base64url').slice(0, 22);
}

/** Saves the explorer's query string `query` (idempotent) and answers its id. */
export async function saveView(gateway: QueryRunner, query: string): Promise<{ id: string }> {
  const id = savedViewId(query);
  await gateway.run('save-view', { id, query });
  return { id };
}

/**
 * A saved view's query string by id.
 * @throws NotFoundError when no view has that id.
 */
export async function readView(
  gateway: QueryRunner,
  id: string,
): Promise<{ id: string; query: string }> {
  const [row] = await gateway.run('read-view', { id });
  if (!row) throw new NotFoundError(`No saved view with id "${id}"`);
  return { id, query: asText(row.query) };
}
