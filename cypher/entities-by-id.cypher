// Entities by id, for the nodes of a subgraph.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.summary AS summary,
       properties(e) AS props, [k IN keys(e) WHERE valueType(e[k]) STARTS WITH 'INTEGER'] AS ints,
       [l IN labels(e) WHERE l <> 'Entity' AND l <> e.kind] AS labels
ORDER BY id
