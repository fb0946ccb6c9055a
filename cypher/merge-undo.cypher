// Undoes the standing merge $mergeId in one statement: takes one revision seq per record it
// changes back and writes those revisions (action `unmerge`), moves the facts in the merge's
// `moved` back from A to B with their properties and their `revision` as before the merge,
// gives A its aliases, alias text, summary and revision as before, gives B its labels back and
// marks the merge undone. The service checks first that nothing changed them since.
MATCH (m:Merge {id: $mergeId, undone: false})
MATCH (a:Entity {id: m.into})
MATCH (b:MergedEntity {id: m.from})
MERGE (c:RevisionCounter {name: 'revisions'})
  ON CREATE SET c.seq = 0
WITH m, a, b, c, c.seq AS start, datetime() AS at
SET c.seq = start + size($revisions)
WITH m, a, b, start, at
CALL (start, at) {
  UNWIND range(0, size($revisions) - 1) AS i
  WITH i, $revisions[i] AS rev
  CREATE (:Revision {
    seq: start + i + 1, at: at, editor: $editor, comment: $comment, action: 'unmerge',
    target: rev.target, targetId: rev.targetId, before: rev.before, after: rev.after,
    beforeSubject: rev.beforeSubject, beforeObject: rev.beforeObject,
    merge: $mergeId
  })
}
CALL (m, a, b) {
  MATCH (a)-[r]->(o:Entity)
  WHERE r.id IN m.moved
  WITH r, o, type(r) AS t, properties(r) AS p
  DELETE r
  WITH o, t, p
  CREATE (b)-[n:$(t)]->(o)
  SET n = p, n.revision = $factRevisions[p.id]
}
CALL (m, a, b) {
  MATCH (o:Entity)-[r]->(a)
  WHERE r.id IN m.moved
  WITH r, o, type(r) AS t, properties(r) AS p
  DELETE r
  WITH o, t, p
  CREATE (o)-[n:$(t)]->(b)
  SET n = p, n.revision = $factRevisions[p.id]
}
SET a.aliases = $aliases, a.aliasText = $aliasText, a.summary = $summary,
    a.revision = $intoRevision
REMOVE b:MergedEntity
SET b:$(m.labels), m.undone = true, m.undoneAt = at, m.undoneBy = $editor
RETURN m.id AS id, toString(at) AS at, start + 1 AS firstSeq, start + size($revisions) AS lastSeq
