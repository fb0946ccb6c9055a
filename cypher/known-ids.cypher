// Ids already in the database that new files may refer to.
CALL () { MATCH (e:Entity) RETURN collect(e.id) AS entities }
CALL () { MATCH (s:Source) RETURN collect(s.id) AS sources }
RETURN entities, sources
