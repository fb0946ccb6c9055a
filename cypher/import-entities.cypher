// Upserts imported entities by id (constrained). $rows: [{id, kind, name, aliases, aliasText,
// summary, sourceType, originalId, file, labels, extra}]; extra holds the user attributes (by
// their stored names, storage-names.ts), labels the file's further labels (checked names).
// The kind is also a label; it comes from the allowlist, checked before the query runs.
// The sets sit in ON CREATE / ON MATCH: a SET after MERGE with a map (`e += row.extra`) makes
// Neo4j plan an Eager operator, which would hold the whole batch.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET
  e += row.extra,
  e.kind = row.kind,
  e.name = row.name,
  e.aliases = row.aliases,
  e.aliasText = row.aliasText,
  e.summary = row.summary,
  e.sourceType = row.sourceType,
  e.originalId = row.originalId,
  e.file = row.file,
  e:$(row.kind),
  e:$(row.labels)
ON MATCH SET
  e += row.extra,
  e.kind = row.kind,
  e.name = row.name,
  e.aliases = row.aliases,
  e.aliasText = row.aliasText,
  e.summary = row.summary,
  e.sourceType = row.sourceType,
  e.originalId = row.originalId,
  e.file = row.file,
  e:$(row.kind),
  e:$(row.labels)
