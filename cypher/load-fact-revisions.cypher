// Sets the record revision of facts a load wrote over: $rows [{id, revision}], the seq of the
// fact's latest revision (the optimistic check of server/authoring/records.ts reads it). The
// loader writes the type into the pattern, so the type's id index serves the match.
UNWIND $rows AS row
WITH row, row.id AS id
MATCH ()-[r:$(type) {id: id}]->()
SET r.revision = toInteger(row.revision)
