// Creates the entities that imported facts name but no file defines (triples, edge lists);
// an entity that is already stored keeps what it has. $rows as for import-entities.
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
