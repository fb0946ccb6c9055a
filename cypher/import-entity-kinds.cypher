// The kind label of entities a file owns: exactly one, the row's (the others of the allowlist
// removed), so an entity loaded as Brand and imported again as Company is [Entity, Company].
// Entities another file wrote keep theirs. Labels that are not kinds (neo4j-admin :LABEL
// values) are left alone. $rows as for import-entities: only the few whose kind changed (the
// dynamic REMOVE plans an Eager operator, harmless on so few rows), each with otherKinds (every
// allowlisted kind but its own).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE e.file = row.file
REMOVE e:$(row.otherKinds)
SET e:$(row.kind)
