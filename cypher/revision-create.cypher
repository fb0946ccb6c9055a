// One append-only revision: who ($editor), when ($at, the transaction's time), what ($action on
// $target $targetId) and the whole record before and after, as JSON text (null: none).
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
  file: $file,
  revertOf: toInteger($revertOf)
})
RETURN r.seq AS seq
