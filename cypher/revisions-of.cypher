// The revisions of one record, newest first; $targetIds is its id and, for an entity, the ids
// merged into it while those merges stand (their history moved with them).
MATCH (r:Revision)
WHERE r.targetId IN $targetIds AND r.target = $target
RETURN r.seq AS seq, toString(r.at) AS at, r.editor AS editor, r.comment AS comment,
       r.action AS action, r.target AS target, r.targetId AS targetId, r.before AS before,
       r.after AS after, r.file AS file, r.revertOf AS revertOf
ORDER BY r.seq DESC
LIMIT toInteger($limit)
