// One hop of a neighbourhood: facts touching the frontier, filtered by type, the other
// entity's kind, and a date range (a fact with no date passes: unknown is not outside).
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $frontier
  AND ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR b.kind IN $kinds)
  AND ($from IS NULL OR coalesce(r.atLatest, r.endLatest, date('9999-12-31')) >= date($from))
  AND ($to IS NULL OR coalesce(r.atEarliest, r.startEarliest, date('0000-01-01')) <= date($to))
WITH DISTINCT r
LIMIT toInteger($limit)
RETURN startNode(r).id AS subject, type(r) AS type, endNode(r).id AS object,
       properties(r) AS props
