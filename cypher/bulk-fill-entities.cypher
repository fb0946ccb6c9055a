// After a bulk import: neo4j-admin stores no property for an empty list, so the entities
// whose aliases are [] get them here, as the normal import stores them. $limit per run; the
// importer repeats it until it fills none.
MATCH (e:Entity)
WHERE e.aliases IS NULL
WITH e LIMIT $limit
SET e.aliases = []
RETURN count(e) AS filled
