// Creates one source from the app and links it to the entity that published it, when that is
// an entity of the graph.
CREATE (s:Source {id: $id})
SET s.kind = $kind,
    s.title = $title,
    s.publisher = $publisher,
    s.url = $url,
    s.published = $published,
    s.author = $author,
    s.revision = toInteger($seq),
    s.recordedAt = datetime()
WITH s
OPTIONAL MATCH (p:Entity {id: $publisher})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (s)-[:PUBLISHED_BY]->(p))
RETURN s.id AS id
