// "As known on" a day, for some entities: the earliest revision written at or after $before
// (the first instant after the day) of each entity in $ids (by targetId, indexed). Its
// `before` is the entity as known then (null: not yet recorded).
UNWIND $ids AS id
CALL (id) {
  MATCH (r:Revision {targetId: id})
  WHERE r.target = 'entity' AND r.at >= datetime($before)
  RETURN r
  ORDER BY r.seq
  LIMIT 1
}
RETURN r.seq AS seq, r.target AS target, r.targetId AS targetId, r.before AS before
