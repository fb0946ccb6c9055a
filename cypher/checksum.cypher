// Everything the graph holds, node by node and relationship by relationship, to prove that a
// refused load changed nothing (the caller sorts and hashes the rows). Import records
// (:Import, when and how each import ran) and revisions (:Revision, :RevisionCounter: who
// changed what, when) are bookkeeping about the graph, not part of it.
MATCH (n) WHERE NOT n:Import AND NOT n:Revision AND NOT n:RevisionCounter
OPTIONAL MATCH (n)-[r]->(b)
RETURN labels(n) AS labels, properties(n) AS node, type(r) AS type, properties(r) AS rel, b.id AS target
