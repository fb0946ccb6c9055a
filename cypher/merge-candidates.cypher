// Entities the merge-candidate search compares (merge-candidates.ts): names, aliases, external
// id attributes (all stored properties) and how many facts touch each; at most $limit.
MATCH (e:Entity)
WITH e
LIMIT toInteger($limit)
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases,
       properties(e) AS props, COUNT { (e)-[]-(:Entity) } AS degree
