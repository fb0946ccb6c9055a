// Creates the entities that imported facts name but no file defines (triples, edge lists).
// An entity that another file or dataset wrote keeps what it has; one this file wrote before
// takes what the file says now (its kind label is replaced by import-entity-kinds.cypher).
// A row that describes its entity (an edge list's mapped name or attributes: `row.alias` set)
// never renames it: a name other than the entity's becomes an alias, and `row.extra` is added
// (for another file's entity only what it lacks: write-pass.ts drops the rest).
// What a describing row says apart from another file's entity is kept by source (`row.said`,
// `row.saidBy` as for import-entities).
// aliasText is set before aliases: both read the aliases as they were.
// $rows as for import-entities, plus alias.
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
  e:$(row.kind)
ON MATCH SET
  e += CASE WHEN row.alias IS NULL THEN {} ELSE row.extra END,
  e.aliasText = CASE
    WHEN row.alias IS NULL THEN
      CASE WHEN e.file = row.file THEN row.aliasText ELSE e.aliasText END
    WHEN row.alias = e.name OR row.alias IN coalesce(e.aliases, []) THEN e.aliasText
    WHEN coalesce(e.aliasText, '') = '' THEN row.alias
    ELSE e.aliasText + ' | ' + row.alias
  END,
  e.aliases = CASE
    WHEN row.alias IS NULL THEN
      CASE WHEN e.file = row.file THEN row.aliases ELSE e.aliases END
    WHEN row.alias = e.name OR row.alias IN coalesce(e.aliases, []) THEN e.aliases
    ELSE coalesce(e.aliases, []) + row.alias
  END,
  e.kind = CASE WHEN e.file = row.file THEN row.kind ELSE e.kind END,
  e.name = CASE WHEN e.file = row.file AND row.alias IS NULL THEN row.name ELSE e.name END,
  e.summary = CASE WHEN e.file = row.file THEN row.summary ELSE e.summary END,
  e.sourceType = CASE WHEN e.file = row.file THEN row.sourceType ELSE e.sourceType END,
  e.saidBy = CASE WHEN row.said THEN row.saidBy ELSE e.saidBy END
