// Every fact between two entities, with its properties.
MATCH (s:Entity)-[r]->(o:Entity)
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props
ORDER BY r.id
