// Undoing an import, step 2: removes the entities its files wrote ($files) that no fact
// touches any more, and its dataset sources that no fact cites; marks the record `undone`.
MATCH (e:Entity)
WHERE e.file IN $files AND NOT (e)--()
WITH collect(e) AS orphans
FOREACH (e IN orphans | DELETE e)
WITH size(orphans) AS entities
OPTIONAL MATCH (s:Source) WHERE s.id IN $sourceIds AND NOT EXISTS {
  MATCH ()-[r]->() WHERE s.id IN r.sourceIds
}
WITH entities, collect(s) AS sources
FOREACH (s IN sources | DETACH DELETE s)
WITH entities
MATCH (i:Import {id: $id})
SET i.status = 'undone', i.undoneAt = $undoneAt
RETURN entities
