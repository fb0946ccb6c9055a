// "As known on" a day, for one hop: the earliest revision written at or after $before (the
// first instant after the day) of each fact that touched an entity in $frontier before it
// (found by the revision's beforeSubject/beforeObject, indexed) or is in $factIds (the stored
// facts the hop read; by targetId, indexed). Its `before` is the fact as known then (null: not
// yet recorded). Only these revisions are read, never every revision since the day.
CALL () {
  MATCH (r:Revision)
  WHERE r.beforeSubject IN $frontier AND r.at >= datetime($before)
  RETURN r.targetId AS id
  UNION
  MATCH (r:Revision)
  WHERE r.beforeObject IN $frontier AND r.at >= datetime($before)
  RETURN r.targetId AS id
  UNION
  UNWIND $factIds AS id
  RETURN id
}
CALL (id) {
  MATCH (r:Revision {targetId: id})
  WHERE r.target = 'fact' AND r.at >= datetime($before)
  RETURN r
  ORDER BY r.seq
  LIMIT 1
}
RETURN r.seq AS seq, r.target AS target, r.targetId AS targetId, r.before AS before
