// The revisions a merge wrote (action `merge`), in the order it wrote them: what its undo turns
// round.
MATCH (r:Revision {merge: $merge, action: 'merge'})
RETURN r.seq AS seq, r.target AS target, r.targetId AS targetId, r.before AS before,
       r.after AS after
ORDER BY r.seq
