// Creates the entities that imported facts name but no file defines (triples, edge lists).
// An entity that is already stored keeps what it has, unless the row describes it (an edge
// list's mapped name or attributes, `row.alias` set): then a name other than its own becomes
// an alias and `row.matchExtra` is added. $rows as for import-entities, plus alias, matchExtra.
// aliasText is set before aliases: both read the aliases as they were.
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
  e:$(row.kind)
ON MATCH SET
  e += row.matchExtra,
  e.aliasText = CASE
    WHEN row.alias IS NULL OR row.alias = e.name OR row.alias IN e.aliases THEN e.aliasText
    WHEN coalesce(e.aliasText, '') = '' THEN row.alias
    ELSE e.aliasText + ' | ' + row.alias
  END,
  e.aliases = CASE
    WHEN row.alias IS NULL OR row.alias = e.name OR row.alias IN e.aliases THEN e.aliases
    ELSE coalesce(e.aliases, []) + row.alias
  END
