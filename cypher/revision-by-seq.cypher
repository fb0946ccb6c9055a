// One revision by its number.
MATCH (r:Revision {seq: toInteger($seq)})
RETURN r.seq AS seq, toString(r.at) AS at, r.editor AS editor, r.comment AS comment,
       r.action AS action, r.target AS target, r.targetId AS targetId, r.before AS before,
       r.after AS after, r.file AS file, r.revertOf AS revertOf
