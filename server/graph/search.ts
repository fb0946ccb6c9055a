// Entity search: the user's words become an escaped Lucene query, exact, prefix and fuzzy.
import type { EntityKind } from '../domain/vocabulary';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';
import { asText } from '../neo4j/to-plain';

export interface SearchHit {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly score: number;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Builds the Lucene query for words a person typed: each word may match exactly (boosted), as a
 * prefix (type-ahead), or within two edits (typos: "alibaba grp", "gucchi"); more words that
 * match rank higher.
 * Every Lucene operator is escaped, so the text can only ever be words.
 */
export function luceneQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, '\\$&'))
    .filter((w) => w.length > 0 && !/^(and|or|not)$/.test(w))
    .slice(0, 8);
  return words
    .map((w) => {
      const fuzzy = w.length >= 3 ? ` OR ${w}~2` : '';
      return `(${w}^4 OR ${w}*^2${fuzzy})`;
    })
    .join(' OR ');
}

export async function searchEntities(
  gateway: Neo4jGateway,
  text: string,
  limit: number,
  kinds: readonly EntityKind[] | null,
): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (query === '') return [];
  const rows = await gateway.read(cypher('search'), { query, limit, kinds });
  return rows.map((r) => ({
    id: asText(r.id),
    kind: r.kind as EntityKind,
    name: asText(r.name),
    aliases: (r.aliases as string[] | null) ?? [],
    summary: typeof r.summary === 'string' ? r.summary : '',
    score: Number(r.score),
  }));
}
