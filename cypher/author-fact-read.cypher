// One fact by id, whatever its type, with its ends and every stored property.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.id = $id
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints,
       toString(r.recordedAt) AS recordedAt
LIMIT 1
