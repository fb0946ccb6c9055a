// Everything stored, node by node and relationship by relationship, to prove that a refused
// load changed nothing (the caller sorts and hashes the rows).
MATCH (n)
OPTIONAL MATCH (n)-[r]->(b)
RETURN labels(n) AS labels, properties(n) AS node, type(r) AS type, properties(r) AS rel, b.id AS target
