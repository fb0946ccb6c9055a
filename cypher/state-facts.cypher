// Facts of the given (state) types, for the graph as it stood on a day.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $types
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props
ORDER BY r.id
