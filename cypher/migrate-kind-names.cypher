// Migration: the kind `Organisation` became `Organization` (the spelling of Neo4j's examples,
// FollowTheMoney, schema.org and BODS): relabel stored entities and their kind property.
// Idempotent: once relabelled, nothing matches.
MATCH (e:Entity)
WHERE e.kind = 'Organisation' OR 'Organisation' IN labels(e)
SET e:Organization, e.kind = 'Organization'
REMOVE e:Organisation
RETURN count(e) AS changed
