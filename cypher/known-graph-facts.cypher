// Every fact as known on a day: graph-facts.cypher without those recorded at or after $before
// (a record without recordedAt has always been known).
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.recordedAt IS NULL OR r.recordedAt < datetime($before)
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints
ORDER BY r.id
