// Entities an article may mention: full-text hits on names and aliases for the article's words.
// $query is a Lucene OR of plain words (letters and digits only) the server builds; the
// analysis then matches names exactly, so extra hits do no harm.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($limit)})
YIELD node
RETURN node.id AS id, node.kind AS kind, node.name AS name, node.aliases AS aliases
