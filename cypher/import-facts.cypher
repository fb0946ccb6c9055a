// Upserts imported facts by id as typed relationships between stored entities.
// $rows: [{id, type, subject, object, props, attributes}]; props holds the fact's time fields
// (fact-record.ts), attributes the fact's own. A batch comes from one file: what every fact of
// it shares ($sourceIds, $citations and their lists, $file) is sent once, not once a row. The type matches the fact type
// pattern and is registered before the query runs. Every property is set by name: a map SET
// (`SET r = row.props`) makes Neo4j plan an Eager operator, which holds the whole batch.
// The importer appends one SET per time field and attribute its facts have, the names checked
// to be plain identifiers (server/imports/fact-query.ts).
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
SET r.sourceIds = $sourceIds,
    r.citations = $citations,
    r.citationSources = $citationSources,
    r.citationQuotes = $citationQuotes,
    r.citationSpeakers = $citationSpeakers,
    r.citationVia = $citationVia,
    r.citationNotes = $citationNotes,
    r.file = $file
