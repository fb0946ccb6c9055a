// Entities by id as known on a day: entities-by-id.cypher without those recorded at or after
// $before (a record without recordedAt has always been known).
MATCH (e:Entity)
WHERE e.id IN $ids AND (e.recordedAt IS NULL OR e.recordedAt < datetime($before))
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.summary AS summary,
       properties(e) AS props, [k IN keys(e) WHERE valueType(e[k]) STARTS WITH 'INTEGER'] AS ints,
       [l IN labels(e) WHERE l <> 'Entity' AND l <> e.kind] AS labels
ORDER BY id
