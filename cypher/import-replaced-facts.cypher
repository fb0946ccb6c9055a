// The stored facts an import is about to update that another file wrote (a BODS record's
// interest stated again by a later file): each with its ends and every stored property, so the
// version it replaces is kept as a revision. $ids: fact ids of one type; $file: the importing
// file. The importer writes the type into the pattern (checked against the fact type pattern,
// server/imports/fact-query.ts), so the type's id index serves the match.
UNWIND $ids AS id
MATCH (s:Entity)-[r:$(type) {id: id}]->(o:Entity)
WHERE coalesce(r.file, '') <> $file
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints,
       r.file AS file
