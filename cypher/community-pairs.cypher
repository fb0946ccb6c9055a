// Linked pairs of entities and the facts between them (either direction), for community
// detection: at most $limit pairs, in a stable order so the same graph gives the same communities.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id < b.id
WITH a.id AS source, b.id AS target, count(r) AS facts
ORDER BY source, target
LIMIT toInteger($limit)
RETURN source, target, facts
