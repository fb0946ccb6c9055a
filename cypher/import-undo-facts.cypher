// Undoing an import, step 1: removes the facts whose only sources are the import's dataset
// sources ($sourceIds), at most $limit at a time; returns how many it removed.
MATCH ()-[r]->()
WHERE r.sourceIds IS NOT NULL AND size(r.sourceIds) > 0
  AND all(s IN r.sourceIds WHERE s IN $sourceIds)
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS removed
