// Every fact of one entity, in either direction, with the other party.
MATCH (e:Entity {id: $id})-[r]-(other:Entity)
RETURN startNode(r).id AS subject, type(r) AS type, endNode(r).id AS object,
       properties(r) AS props
ORDER BY r.id
