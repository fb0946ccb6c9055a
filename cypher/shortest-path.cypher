// One shortest path between two entities over fact relationships (at most 6 hops;
// only entities on the way, so only facts, of any type, built in or imported).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE
        ($types IS NULL OR type(r) IN $types)
        AND ($after IS NULL OR coalesce(r.atLatest, r.endLatest, date('9999-12-31')) >= date($after))
        AND ($before IS NULL OR coalesce(r.atEarliest, r.startEarliest, date('0000-01-01')) <= date($before)))
  AND all(n IN nodes(p) WHERE n:Entity AND ($kinds IS NULL OR n.kind IN $kinds OR n = a OR n = b))
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {subject: startNode(r).id, type: type(r), object: endNode(r).id,
                                 props: properties(r)}] AS rels
