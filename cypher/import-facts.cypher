// Upserts imported facts by id as typed relationships between stored entities.
// $rows: [{id, type, subject, object, props}]; props holds every property, id included.
// The type matches the fact type pattern and is registered before the query runs.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
SET r = row.props
