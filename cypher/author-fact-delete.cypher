// Removes one fact (an edit that rewrites it, or a retraction: the revision keeps its snapshot).
MATCH ()-[r:$($type) {id: $id}]->()
DELETE r
RETURN count(*) AS deleted
