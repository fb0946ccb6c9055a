// One append-only revision: who ($editor), when ($at, the transaction's time), what ($action on
// $target $targetId) and the whole record before and after, as JSON text (null: none); a fact's
// revision also keeps the ends of the fact before it ($beforeSubject, $beforeObject; indexed,
// for the neighbourhood as known on a day).
CREATE (r:Revision {
  seq: toInteger($seq),
  at: datetime($at),
  editor: $editor,
  comment: $comment,
  action: $action,
  target: $target,
  targetId: $targetId,
  before: $before,
  after: $after,
  beforeSubject: $beforeSubject,
  beforeObject: $beforeObject,
  file: $file,
  revertOf: toInteger($revertOf)
})
RETURN r.seq AS seq
