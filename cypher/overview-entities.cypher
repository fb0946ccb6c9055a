// The hubs of an overview: the best-connected entities, with their number of facts.
MATCH (e:Entity)
WITH e, COUNT { (e)--(:Entity) } AS degree
ORDER BY degree DESC, e.id
LIMIT toInteger($limit)
RETURN e.id AS id, degree
