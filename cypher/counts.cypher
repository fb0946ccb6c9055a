// How much the database holds: entities, sources and facts; and the data files loaded, with
// what each says it holds.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts }
CALL () {
  OPTIONAL MATCH (f:DataFile)
  WITH f ORDER BY f.name
  RETURN [d IN collect(f) | d {.name, .description}] AS datasets
}
RETURN entities, sources, facts, datasets
