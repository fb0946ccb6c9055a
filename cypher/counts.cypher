// How much the database holds: entities, sources and facts.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts }
RETURN entities, sources, facts
