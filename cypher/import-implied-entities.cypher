// Creates the entities that imported facts name but no file defines (triples, edge lists).
// An entity that another file or dataset wrote keeps what it has; one this file wrote before
// takes what the file says now (its kind label is replaced by import-entity-kinds.cypher).
// $rows as for import-entities.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET
  e.kind = row.kind,
  e.name = row.name,
  e.aliases = row.aliases,
  e.aliasText = row.aliasText,
  e.summary = row.summary,
  e.sourceType = row.sourceType,
  e.originalId = row.originalId,
  e.file = row.file,
  e:$(row.kind)
ON MATCH SET
  e.kind = CASE WHEN e.file = row.file THEN row.kind ELSE e.kind END,
  e.name = CASE WHEN e.file = row.file THEN row.name ELSE e.name END,
  e.aliases = CASE WHEN e.file = row.file THEN row.aliases ELSE e.aliases END,
  e.aliasText = CASE WHEN e.file = row.file THEN row.aliasText ELSE e.aliasText END,
  e.summary = CASE WHEN e.file = row.file THEN row.summary ELSE e.summary END,
  e.sourceType = CASE WHEN e.file = row.file THEN row.sourceType ELSE e.sourceType END
