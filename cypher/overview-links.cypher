// For each hub of an overview, its best-connected neighbours (then those sharing most facts with
// it), at most $perHub of them.
UNWIND $hubs AS hubId
MATCH (h:Entity {id: hubId})-[r]-(n:Entity)
WHERE n.id <> hubId
WITH hubId, n, count(r) AS links
WITH hubId, n, links, COUNT { (n)--(:Entity) } AS degree
ORDER BY hubId, degree DESC, links DESC, n.id
WITH hubId, collect({id: n.id, degree: degree, links: links})[0..toInteger($perHub)] AS top
UNWIND top AS t
RETURN hubId AS hub, t.id AS id, t.degree AS degree, t.links AS links
