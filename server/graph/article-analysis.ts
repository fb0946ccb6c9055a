// Article analysis over the graph: the entities whose names the article's words may form are
// read with the full-text index, then the pure analysis (server/domain/articles) runs locally.
import { analyseArticle } from '../domain/articles/analyse';
import type { KnownEntity } from '../domain/articles/mentions';
import { LIMITS } from '../domain/limits';
import { isEntityKind } from '../domain/vocabulary';
import type { ArticleAnalyseBody, ArticleAnalysis } from '../domain/wire/articles';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** Words per full-text query (Lucene's clause limit is 1,024). */
const WORDS_PER_QUERY = 500;
const STOP = new Set(
  'the a an and or not to of in on at by for with from as is was were be been has have had it its this that these those he she they we you his her their our but if so than then which who what when where while said says also more most after before over into about'.split(
    ' ',
  ),
);

/**
 * The Lucene queries for an article's words: each distinct word of letters and digits (so no
 * Lucene operator survives), as written and without accents, stop words left out.
 */
export function articleWordQueries(text: string): string[] {
  const words = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 2 || STOP.has(w)) continue;
    words.add(w);
    words.add(w.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
  }
  const list = [...words].filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
  const queries: string[] = [];
  for (let i = 0; i < list.length; i += WORDS_PER_QUERY) {
    queries.push(list.slice(i, i + WORDS_PER_QUERY).join(' OR '));
  }
  return queries;
}

/**
 * Analyses an article against the graph's entities. Reads only; writes nothing. Offsets in the
 * answer are into `body.text`; `entities` names every entity the answer refers to.
 */
export async function analyseArticleText(
  gateway: QueryRunner,
  body: ArticleAnalyseBody,
): Promise<ArticleAnalysis> {
  const known = new Map<string, KnownEntity>();
  for (const query of articleWordQueries(body.text)) {
    const rows = await gateway.run('article-entities', {
      query,
      limit: LIMITS.articleEntitiesPerQuery,
    });
    for (const r of rows) {
      const kind = asText(r.kind);
      if (!isEntityKind(kind)) continue;
      const id = asText(r.id);
      const aliases = Array.isArray(r.aliases) ? r.aliases.map((a) => asText(a)) : [];
      known.set(id, { id, kind, name: asText(r.name), aliases });
    }
  }
  const analysis = analyseArticle(body, [...known.values()]);
  const named = new Set([
    ...analysis.mentions.flatMap((m) => [m.entity, ...(m.candidates ?? [])]),
    ...analysis.proposals.flatMap((p) => [p.subject, p.object]),
  ]);
  const entities: Record<string, ArticleAnalysis['entities'][string]> = {};
  for (const id of named) {
    const e = known.get(id);
    if (e) entities[id] = { name: e.name, kind: e.kind };
  }
  return { ...analysis, entities };
}
