// Upserts facts by id as typed relationships between entities.
// $rows: [{id, type, subject, object, props}]; props holds every property, id included.
// The type comes from the allowlist, checked before the query runs.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
SET r = row.props
