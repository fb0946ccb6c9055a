// One merge by its id, with what an undo checks first: A's and each moved fact's revision now
// (null where the record is no longer where the merge left it).
MATCH (m:Merge {id: $id})
OPTIONAL MATCH (a:Entity {id: m.into})
OPTIONAL MATCH (b:MergedEntity {id: m.from})
RETURN m {.id, .into, .from, .undone, .editor, .comment, .intoBefore, .movedBefore, .moved,
          .hidden, .firstSeq, .lastSeq, at: toString(m.at)} AS merge,
       a.revision AS intoRevision, b IS NOT NULL AS fromKept,
       COLLECT {
         MATCH (a)-[r]-(:Entity)
         WHERE r.id IN m.moved
         RETURN {id: r.id, revision: r.revision}
       } AS movedNow
