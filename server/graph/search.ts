// Entity search: the user's words become an escaped Lucene query, exact, prefix and fuzzy.
import type { EntityKind } from '../domain/vocabulary';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';
import type { SearchHit } from '../domain/api';

/**
 * Builds the Lucene query for words a person typed: each word may match exactly (boosted), as a
 * prefix (type-ahead), or within two edits (typos: "alibaba grp", "gucchi"); more words that
 * match rank higher.
 * Words are split on anything but letters and digits, so the text can only ever be words.
 */
export function luceneQuery(text: string): string {
  // Split as the index's analyser does: letters and digits only, so no Lucene operator survives.
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !/^(and|or|not|to)$/.test(w))
    .slice(0, 8);
  const each = words.map((w) => {
    const fuzzy = w.length >= 3 ? ` OR ${w}~2` : '';
    return `(${w}^4 OR ${w}*^2${fuzzy})`;
  });
  // Several words: the exact phrase counts most ("anti counterfeiting coalition").
  if (words.length > 1) each.unshift(`"${words.join(' ')}"^8`);
  return each.join(' OR ');
}

/**
 * Entities matching typed words, best first, at most `limit`, optionally of some kinds; no query
 * for no words.
 */
export async function searchEntities(
  gateway: QueryRunner,
  text: string,
  limit: number,
  kinds: readonly EntityKind[] | null,
): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (query === '') return [];
  const rows = await gateway.run('search', { query, id: text.trim(), limit, kinds });
  return rows.map((r) => ({
    id: asText(r.id),
    kind: r.kind as EntityKind,
    name: asText(r.name),
    aliases: (r.aliases as string[] | null) ?? [],
    summary: typeof r.summary === 'string' ? r.summary : '',
    score: Number(r.score),
  }));
}

export type { SearchHit };
