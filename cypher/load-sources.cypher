// Upserts sources by id and links each to the entity that published it.
// $rows: [{id, kind, title, publisher, url, published, author, file}].
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.kind = row.kind,
    s.title = row.title,
    s.publisher = row.publisher,
    s.url = row.url,
    s.published = row.published,
    s.author = row.author,
    s.file = row.file,
    s.recordedAt = coalesce(s.recordedAt, datetime())
WITH s, row
MATCH (p:Entity {id: row.publisher})
MERGE (s)-[:PUBLISHED_BY]->(p)
