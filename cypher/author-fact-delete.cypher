// Removes one fact (an edit that rewrites it, or a retraction: the revision keeps its snapshot)
// by the element id author-fact-read.cypher gave in the same transaction: a seek, no scan.
MATCH ()-[r]->()
WHERE elementId(r) = $elementId
DELETE r
RETURN count(*) AS deleted
