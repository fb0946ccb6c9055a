// Upserts entities by id. $rows: [{id, kind, otherKinds, name, aliases, aliasText, summary,
// file, saidBy, mergedFrom}]; otherKinds lists every allowlisted kind but the row's.
// A data file is curated: its name, kind and summary are the entity's. What other files or
// datasets said stays: the loader (load-merge.ts, after load-stored.cypher) has put the names
// they gave into `aliases`, and `saidBy` and `mergedFrom` are the stored ones, plus the values
// of a file this one took the entity over from. Their attributes are not touched.
// `recordedAt` (DATETIME) is when the graph first recorded the entity; a reload keeps it.
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
    e.file = row.file,
    e.saidBy = row.saidBy,
    e.mergedFrom = row.mergedFrom,
    e.recordedAt = coalesce(e.recordedAt, datetime())
SET e:$(row.kind)
