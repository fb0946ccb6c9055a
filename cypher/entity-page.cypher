// One entity's page in one round trip: the entity (as entities-by-id returns it), every fact in
// either direction with the other party's id, name and kind (as entity-facts returns them), and
// the sources those facts list (their ids in sourceIds or citationSources).
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.summary AS summary,
       properties(e) AS props, [k IN keys(e) WHERE valueType(e[k]) STARTS WITH 'INTEGER'] AS ints,
       [l IN labels(e) WHERE l <> 'Entity' AND l <> e.kind] AS labels,
       COLLECT {
         MATCH (e)-[r]-(other:Entity)
         WITH r, other
         ORDER BY r.id
         RETURN {subject: startNode(r).id, type: type(r), object: endNode(r).id,
                 props: properties(r), other: other {.id, .name, .kind}}
       } AS facts,
       COLLECT {
         MATCH (e)-[r]-(:Entity)
         UNWIND coalesce(r.sourceIds, []) + coalesce(r.citationSources, []) AS cited
         WITH DISTINCT cited
         MATCH (s:Source {id: cited})
         RETURN s {.id, .kind, .title, .publisher, .url, .published, .author}
       } AS sources
