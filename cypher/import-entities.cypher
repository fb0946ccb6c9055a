// Upserts imported entities by id (constrained). $rows: [{id, kind, name, aliases, aliasText,
// summary, sourceType, originalId, file, extra}]; extra holds the file's further properties.
// The kind is also a label; it comes from the allowlist, checked before the query runs.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.extra
SET e.kind = row.kind,
    e.name = row.name,
    e.aliases = row.aliases,
    e.aliasText = row.aliasText,
    e.summary = row.summary,
    e.sourceType = row.sourceType,
    e.originalId = row.originalId,
    e.file = row.file
SET e:$(row.kind)
