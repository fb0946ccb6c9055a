// One hop of a neighbourhood as known on a day: expand.cypher's facts, leaving out facts and
// entities recorded at or after $before (a record without recordedAt has always been known).
// Records changed since are replaced from their revisions by the service (known-on.ts).
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $frontier
  AND (r.recordedAt IS NULL OR r.recordedAt < datetime($before))
  AND (b.recordedAt IS NULL OR b.recordedAt < datetime($before))
  AND ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR b.kind IN $kinds)
  AND ($from IS NULL OR coalesce(r.atLatest, r.endLatest, date('9999-12-31')) >= date($from))
  AND ($to IS NULL OR coalesce(r.atEarliest, r.startEarliest, date('0000-01-01')) <= date($to))
WITH DISTINCT r
LIMIT toInteger($limit)
RETURN startNode(r).id AS subject, type(r) AS type, endNode(r).id AS object,
       properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints
