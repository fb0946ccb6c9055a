// Merges $from (B) into $into (A) in one statement: takes one revision seq per changed record
// (the counter's lock serialises writers), writes those revisions (action `merge`), moves B's
// facts in $moved to A (same type and properties; their `revision` the seq of theirs), gives A
// its merged aliases and summary, keeps B as (:MergedEntity) with every property (the facts in
// $hidden, between A and B, stay on it, out of every read) and records the (:Merge).
MATCH (a:Entity {id: $into}), (b:Entity {id: $from})
MERGE (c:RevisionCounter {name: 'revisions'})
  ON CREATE SET c.seq = 0
WITH a, b, c, c.seq AS start, datetime() AS at, labels(b) AS bLabels
SET c.seq = start + size($revisions)
WITH a, b, start, at, bLabels
CALL (start, at) {
  UNWIND range(0, size($revisions) - 1) AS i
  WITH i, $revisions[i] AS rev
  CREATE (:Revision {
    seq: start + i + 1, at: at, editor: $editor, comment: $comment, action: 'merge',
    target: rev.target, targetId: rev.targetId, before: rev.before, after: rev.after,
    beforeSubject: rev.beforeSubject, beforeObject: rev.beforeObject,
    merge: $mergeId
  })
}
CALL (a, b, start) {
  MATCH (b)-[r]->(o:Entity)
  WHERE r.id IN $moved
  WITH r, o, type(r) AS t, properties(r) AS p
  DELETE r
  WITH o, t, p
  CREATE (a)-[n:$(t)]->(o)
  SET n = p, n.revision = start + $offsets[p.id]
}
CALL (a, b, start) {
  MATCH (o:Entity)-[r]->(b)
  WHERE r.id IN $moved
  WITH r, o, type(r) AS t, properties(r) AS p
  DELETE r
  WITH o, t, p
  CREATE (o)-[n:$(t)]->(a)
  SET n = p, n.revision = start + $offsets[p.id]
}
SET a.aliases = $aliases, a.aliasText = $aliasText, a.summary = $summary, a.revision = start + 1
REMOVE b:$(bLabels)
SET b:MergedEntity
CREATE (m:Merge {
  id: $mergeId, at: at, editor: $editor, comment: $comment, into: $into, from: $from,
  undone: false, labels: bLabels, intoBefore: $intoBefore, moved: $moved,
  movedBefore: $movedBefore, hidden: $hidden, firstSeq: start + 1,
  lastSeq: start + size($revisions)
})
RETURN m.id AS id, toString(m.at) AS at, m.firstSeq AS firstSeq, m.lastSeq AS lastSeq
