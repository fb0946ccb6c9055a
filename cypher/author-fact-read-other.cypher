// One fact by id whose type is not built-in (one an import registered): read only when
// author-fact-read.cypher, which seeks each built-in type's index, found none. Imported types
// change at run time, so this one reads relationships by type and id without an index.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.id = $id AND NOT type(r) IN $builtIn
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints,
       toString(r.recordedAt) AS recordedAt, elementId(r) AS elementId
LIMIT 1
