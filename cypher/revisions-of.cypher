// The revisions of one record, newest first.
MATCH (r:Revision {targetId: $targetId})
WHERE r.target = $target
RETURN r.seq AS seq, toString(r.at) AS at, r.editor AS editor, r.comment AS comment,
       r.action AS action, r.target AS target, r.targetId AS targetId, r.before AS before,
       r.after AS after, r.file AS file, r.revertOf AS revertOf
ORDER BY r.seq DESC
LIMIT toInteger($limit)
