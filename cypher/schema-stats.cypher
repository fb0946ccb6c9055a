// Entity kinds and fact types with their counts, for legends and filters.
CALL () {
  MATCH (e:Entity)
  WITH e.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS kinds
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS types
}
RETURN kinds, types
