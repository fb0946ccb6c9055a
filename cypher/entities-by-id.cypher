// Entities by id, for the nodes of a subgraph.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.summary AS summary
ORDER BY id
