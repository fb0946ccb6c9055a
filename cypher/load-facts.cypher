// Upserts facts by id as typed relationships between entities.
// $rows: [{id, type, subject, object, props}]; props holds every property, id included.
// The type comes from the allowlist, checked before the query runs. The time bounds come as
// ISO days (`YYYY-MM-DD`) and are stored as Neo4j DATE values; date(null) sets nothing.
// `recordedAt` (DATETIME) is when the graph first recorded the fact; a reload keeps it.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
WITH r, row, r.recordedAt AS recordedAt
SET r = row.props
SET r.atEarliest = date(row.props.atEarliest),
    r.atLatest = date(row.props.atLatest),
    r.startEarliest = date(row.props.startEarliest),
    r.startLatest = date(row.props.startLatest),
    r.endEarliest = date(row.props.endEarliest),
    r.endLatest = date(row.props.endLatest),
    r.recordedAt = coalesce(recordedAt, datetime())
