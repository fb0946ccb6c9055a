// How many entities the database holds (from the count store: no scan). An import that begins on
// none knows that every id it has not written itself is absent, and skips looking them up.
MATCH (e:Entity)
RETURN count(e) AS entities
