// Search: an entity whose id is exactly the text first (a Wikidata id, an FtM id), then
// full-text over names and aliases. $query is a Lucene query the server builds from the user's
// words (escaped); $kinds (or null) filters by entity kind.
CALL () {
  MATCH (node:Entity {id: $id})
  RETURN node, 1000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($limit * 4)})
  YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node.id AS id, node.kind AS kind, node.name AS name, node.aliases AS aliases,
       node.summary AS summary, score
ORDER BY score DESC, name
LIMIT toInteger($limit)
