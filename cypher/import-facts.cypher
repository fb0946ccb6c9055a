// Upserts imported facts by id as typed relationships between stored entities.
// $rows: [{id, type, subject, object, props, attributes}]; props holds the fact's time fields
// (fact-record.ts) and, when its file carries them (the product's own export), its claim and
// citations (JSON and lists); attributes the fact's own. A batch comes from one file: what every
// fact of it shares ($sourceIds, $citations and their lists, $file) is sent once, not once a
// row. The type matches the fact type
// pattern and is registered before the query runs. Every property is set by name: a map SET
// (`SET r = row.props`) makes Neo4j plan an Eager operator, which holds the whole batch.
// The importer appends one SET per time field and attribute its facts have, the names checked
// to be plain identifiers (server/imports/fact-query.ts). `recordedAt` is when the graph first
// recorded the fact.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
SET r.sourceIds = coalesce(row.props.sourceIds, $sourceIds),
    r.citations = coalesce(row.props.citations, $citations),
    r.citationSources = coalesce(row.props.citationSources, $citationSources),
    r.citationQuotes = coalesce(row.props.citationQuotes, $citationQuotes),
    r.citationSpeakers = coalesce(row.props.citationSpeakers, $citationSpeakers),
    r.citationVia = coalesce(row.props.citationVia, $citationVia),
    r.citationNotes = coalesce(row.props.citationNotes, $citationNotes),
    r.claim = row.props.claim,
    r.file = $file,
    r.recordedAt = coalesce(r.recordedAt, datetime())
