// The stored facts among $ids that the app edited (a `revision` above 0), read before a load
// writes over them, so the app's version is kept as a revision (server/load/edited-facts.ts):
// each with its ends and every stored property. The loader writes the type into the pattern
// (checked against the fact type allowlist), so the type's id index serves the match.
UNWIND $ids AS id
MATCH (s:Entity)-[r:$(type) {id: id}]->(o:Entity)
WHERE r.revision > 0
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints,
       r.file AS file
