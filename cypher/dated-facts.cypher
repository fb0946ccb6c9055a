// Facts with a date, for the timeline: of one entity or all, of some types or all.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE ($entity IS NULL OR s.id = $entity OR o.id = $entity)
  AND ($types IS NULL OR type(r) IN $types)
  AND (r.atDate IS NOT NULL OR r.startDate IS NOT NULL OR r.endDate IS NOT NULL)
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props
ORDER BY r.id
