// Every entity, for the whole-graph view.
MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.summary AS summary
ORDER BY id
