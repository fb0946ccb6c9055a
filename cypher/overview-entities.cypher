// The best-connected entities, for the first view of a graph too large to draw whole.
MATCH (e:Entity)
WITH e, COUNT { (e)--(:Entity) } AS degree
ORDER BY degree DESC, e.id
LIMIT toInteger($limit)
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.summary AS summary,
       properties(e) AS props, [k IN keys(e) WHERE valueType(e[k]) STARTS WITH 'INTEGER'] AS ints,
       [l IN labels(e) WHERE l <> 'Entity' AND l <> e.kind] AS labels
