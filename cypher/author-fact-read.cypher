// One fact by id among the built-in fact types, with its ends, every stored property and its
// element id (to delete it by, author-fact-delete.cypher). Each type is sought in its own id
// constraint's index: one static type per branch, since Neo4j 5.26 plans no index seek for a
// dynamic type and a match on any type reads every relationship. A type only an import brought
// is looked for by author-fact-read-other.cypher when none is found here. A unit test checks
// that the branches name every built-in type (server/domain/vocabulary.ts).
CALL () {
  MATCH (s:Entity)-[r:MEMBER_OF {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:JOINED {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:LEFT {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:SUSPENDED {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:DECLINED_TO_JOIN {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:EXPRESSED_INTEREST_IN {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:OWNS {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:SUED {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:DROPPED_LAWSUIT_AGAINST {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:PARTNERED_WITH {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:CALLED {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:SPENT_ON {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:BASED_IN {id: $id}]->(o:Entity) RETURN s, r, o
  UNION ALL
  MATCH (s:Entity)-[r:WORKS_FOR {id: $id}]->(o:Entity) RETURN s, r, o
}
RETURN s.id AS subject, type(r) AS type, o.id AS object, properties(r) AS props,
       [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER'] AS ints,
       toString(r.recordedAt) AS recordedAt, elementId(r) AS elementId
LIMIT 1
