// Cypher lives in cypher/*.cypher; queries are loaded by name, and files split into statements.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';

const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

/** Names of the query files, checked at compile time. */
export type QueryName =
  | 'ping'
  | 'schema'
  | 'load-entities'
  | 'load-entity-kinds'
  | 'load-sources'
  | 'load-facts'
  | 'load-data-files'
  | 'graph-entities'
  | 'graph-facts'
  | 'graph-sources'
  | 'known-ids'
  | 'counts'
  | 'checksum'
  | 'search'
  | 'article-entities'
  | 'entities-by-id'
  | 'entity-page'
  | 'expand'
  | 'known-revisions'
  | 'migrate-revision-ends'
  | 'known-fact-revisions'
  | 'known-entity-revisions'
  | 'known-expand'
  | 'known-entities-by-id'
  | 'known-graph-entities'
  | 'known-graph-facts'
  | 'merge-read'
  | 'merge-apply'
  | 'merge-by-id'
  | 'merge-revisions'
  | 'merge-undo'
  | 'merge-redirects'
  | 'merge-candidates'
  | 'shortest-paths'
  | 'shortest-path'
  | 'dated-facts'
  | 'state-facts'
  | 'schema-stats'
  | 'sources-by-id'
  | 'register-fact-types'
  | 'fact-types'
  | 'constraint-names'
  | 'overview-entities'
  | 'overview-links'
  | 'community-pairs'
  | 'save-view'
  | 'read-view'
  | 'story-create'
  | 'story-read'
  | 'story-update'
  | 'story-publish'
  | 'facts-among'
  | 'import-entities'
  | 'import-entity-kinds'
  | 'import-stored'
  | 'import-entity-count'
  | 'load-stored'
  | 'import-implied-entities'
  | 'import-facts'
  | 'import-replaced-facts'
  | 'load-edited-facts'
  | 'load-fact-revisions'
  | 'import-source'
  | 'existing-entities'
  | 'import-record-begin'
  | 'import-record-progress'
  | 'import-record-end'
  | 'import-records-unfinished'
  | 'import-records-list'
  | 'import-record'
  | 'import-undo-facts'
  | 'import-undo-entities'
  | 'bulk-store-nodes'
  | 'bulk-fill-entities'
  | 'bulk-fill-facts'
  | 'migrate-kind-names'
  | 'migrate-fact-dates'
  | 'migrate-fact-citations'
  | 'pending-citation-lists'
  | 'revision-next'
  | 'revision-create'
  | 'revisions-of'
  | 'merged-from'
  | 'revision-by-seq'
  | 'author-entity-write'
  | 'author-fact-read'
  | 'author-fact-read-other'
  | 'author-fact-write'
  | 'author-fact-delete'
  | 'author-source-write';

/** The text of `cypher/NAME.cypher`, comments kept (Neo4j ignores them). */
export function cypher(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** Queries whose plan the schema fixes, with Neo4j's `replan=skip` option (see `plannedOnce`). */
const plannedOnceCache = new Map<string, string>();

/**
 * `cypher(name)` behind Neo4j's `CYPHER replan=skip` option: a cached plan is used even when the
 * graph's statistics have moved since it was made (Cypher manual, "Cypher query options",
 * `replan`). Only for queries whose every lookup is a seek on a uniquely constrained id, so that
 * the schema, not the statistics, fixes the plan: the importers' batch writes. While an import
 * grows a graph from empty, Neo4j would otherwise plan each of them again whenever its
 * statistics check allows (`dbms.cypher.min_replan_interval`, 10 s) and arrive at the same plan:
 * planning was 13 % of the memory Neo4j allocated while importing CoDEx-M (BENCHMARKS.md,
 * "Ingest benchmark"). Errors as `cypher`.
 */
export function plannedOnce(name: QueryName): string {
  let text = plannedOnceCache.get(name);
  if (text === undefined) {
    text = `CYPHER replan=skip\n${cypher(name)}`;
    plannedOnceCache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file, split on `;` at the end of a line. */
export function statements(name: QueryName): string[] {
  return cypher(name)
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
