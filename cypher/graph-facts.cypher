// Every fact between two entities, with its properties.
MATCH (s:Entity)-[r]->(o:Entity)
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints
ORDER BY r.id
