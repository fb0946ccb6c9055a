// Upserts entities by id. $rows: [{id, kind, otherKinds, name, aliases, aliasText, summary,
// file}]; otherKinds lists every allowlisted kind but the row's.
// The kind is also a label, exactly one: load-entity-kinds.cypher then removes the other
// kinds' labels (a Brand made a Company is [Entity, Company]); kinds come from the allowlist,
// checked before the query runs.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.kind = row.kind,
    e.name = row.name,
    e.aliases = row.aliases,
    e.aliasText = row.aliasText,
    e.summary = row.summary,
    e.file = row.file
SET e:$(row.kind)
