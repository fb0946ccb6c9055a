// Upserts imported entities by id (constrained). $rows: [{id, kind, name, aliases,
// aliasText, summary, sourceType, originalId, file, labels, extra, saidBy}]; saidBy is what
// other sources said (JSON text, the product's export carries it); extra holds the user
// attributes (by their stored names, storage-names.ts); labels the file's further labels
// (checked names).
// An entity this file wrote before (or one no file claims) is updated in place. An entity that
// another file or dataset wrote keeps its name, kind, summary and provenance: this file's names
// join its aliases (`aliasText` grows with them) and the file is listed in `mergedFrom`; its
// further properties only fill what is missing (write-pass.ts drops the rest from row.extra,
// after import-stored.cypher has read what the entity holds) and what this file says apart
// from the entity is kept by source: `row.said` is then true and `row.saidBy` the new JSON
// text (server/domain/said-by.ts).
// The kind is also a label; it comes from the allowlist, checked before the query runs; the
// label is replaced, not added, by import-entity-kinds.cypher.
// The sets sit in ON CREATE / ON MATCH: a SET after MERGE with a map (`e += row.extra`) makes
// Neo4j plan an Eager operator, which would hold the whole batch.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET
  e += row.extra,
  e.recordedAt = datetime(),
  e.kind = row.kind,
  e.name = row.name,
  e.aliases = row.aliases,
  e.aliasText = row.aliasText,
  e.summary = row.summary,
  e.sourceType = row.sourceType,
  e.originalId = row.originalId,
  e.file = row.file,
  e.saidBy = row.saidBy,
  e:$(row.kind),
  e:$(row.labels)
ON MATCH SET
  e += row.extra,
  e.aliasText = CASE WHEN coalesce(e.file, row.file) = row.file THEN row.aliasText
       ELSE coalesce(e.aliasText, '') + reduce(t = '',
            a IN [a IN [row.name] + row.aliases WHERE a <> e.name AND NOT a IN coalesce(e.aliases, [])]
            | t + ' | ' + a) END,
  e.aliases = CASE WHEN coalesce(e.file, row.file) = row.file THEN row.aliases
       ELSE coalesce(e.aliases, []) +
            [a IN [row.name] + row.aliases WHERE a <> e.name AND NOT a IN coalesce(e.aliases, [])]
       END,
  e.mergedFrom = CASE WHEN coalesce(e.file, row.file) = row.file THEN e.mergedFrom
       WHEN row.file IN coalesce(e.mergedFrom, []) THEN e.mergedFrom
       ELSE coalesce(e.mergedFrom, []) + row.file END,
  e.kind = CASE WHEN coalesce(e.file, row.file) = row.file THEN row.kind ELSE e.kind END,
  e.name = CASE WHEN coalesce(e.file, row.file) = row.file THEN row.name ELSE e.name END,
  e.summary = CASE WHEN coalesce(e.file, row.file) = row.file THEN row.summary
       ELSE coalesce(e.summary, row.summary) END,
  e.sourceType = CASE WHEN coalesce(e.file, row.file) = row.file THEN row.sourceType
       ELSE coalesce(e.sourceType, row.sourceType) END,
  e.originalId = CASE WHEN coalesce(e.file, row.file) = row.file THEN row.originalId
       ELSE coalesce(e.originalId, row.originalId) END,
  e.saidBy = CASE WHEN row.said THEN row.saidBy ELSE e.saidBy END,
  e.file = coalesce(e.file, row.file),
  e:$(row.labels)
