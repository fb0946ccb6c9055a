// What a merge of $from (B) into $into (A) reads first: both entities (as entities-by-id gives
// them; null when not an entity now) and every fact touching B, with its other end.
OPTIONAL MATCH (a:Entity {id: $into})
OPTIONAL MATCH (b:Entity {id: $from})
RETURN
  CASE WHEN a IS NULL THEN null ELSE {
    id: a.id, kind: a.kind, name: a.name, aliases: a.aliases, summary: a.summary,
    props: properties(a), ints: [k IN keys(a) WHERE valueType(a[k]) STARTS WITH 'INTEGER'],
    labels: [l IN labels(a) WHERE l <> 'Entity' AND l <> a.kind]
  } END AS into,
  CASE WHEN b IS NULL THEN null ELSE {
    id: b.id, kind: b.kind, name: b.name, aliases: b.aliases, summary: b.summary,
    props: properties(b), ints: [k IN keys(b) WHERE valueType(b[k]) STARTS WITH 'INTEGER'],
    labels: [l IN labels(b) WHERE l <> 'Entity' AND l <> b.kind]
  } END AS from,
  COLLECT {
    MATCH (b)-[r]-(:Entity)
    WITH DISTINCT r
    ORDER BY r.id
    RETURN {subject: startNode(r).id, type: type(r), object: endNode(r).id, props: properties(r),
            ints: [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER']}
  } AS facts
