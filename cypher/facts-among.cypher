// Facts whose two entities are both among $ids, at most $limit of them.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE s.id IN $ids AND o.id IN $ids
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints
ORDER BY r.id
LIMIT toInteger($limit)
