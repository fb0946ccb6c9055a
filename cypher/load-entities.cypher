// Upserts entities by id. $rows: [{id, kind, name, aliases, aliasText, summary, file}].
// The kind is also a label; it comes from the allowlist, checked before the query runs.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.kind = row.kind,
    e.name = row.name,
    e.aliases = row.aliases,
    e.aliasText = row.aliasText,
    e.summary = row.summary,
    e.file = row.file
SET e:$(row.kind)
