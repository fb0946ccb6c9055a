// Upserts imported facts by id as typed relationships between stored entities.
// $rows: [{id, type, subject, object, props, attributes}]; props holds the properties the
// loader owns (fact-record.ts), attributes the fact's own. The type matches the fact type
// pattern and is registered before the query runs. Every property is set by name: a map SET
// (`SET r = row.props`) makes Neo4j plan an Eager operator, which holds the whole batch.
// The importer appends one `SET r.`name` = row.attributes.`name`` per attribute of the import,
// its names checked to be plain identifiers (server/imports/fact-query.ts).
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
SET r.claim = row.props.claim,
    r.sourceIds = row.props.sourceIds,
    r.citations = row.props.citations,
    r.file = row.props.file,
    r.atDate = row.props.atDate,
    r.atPrecision = row.props.atPrecision,
    r.atEarliest = row.props.atEarliest,
    r.atLatest = row.props.atLatest,
    r.atWording = row.props.atWording,
    r.atNote = row.props.atNote,
    r.startDate = row.props.startDate,
    r.startPrecision = row.props.startPrecision,
    r.startEarliest = row.props.startEarliest,
    r.startLatest = row.props.startLatest,
    r.startWording = row.props.startWording,
    r.startNote = row.props.startNote,
    r.endDate = row.props.endDate,
    r.endPrecision = row.props.endPrecision,
    r.endEarliest = row.props.endEarliest,
    r.endLatest = row.props.endLatest,
    r.endWording = row.props.endWording,
    r.endNote = row.props.endNote
