// One shortest path between two entities over fact relationships (at most 6 hops).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:MEMBER_OF|JOINED|LEFT|SUSPENDED|DECLINED_TO_JOIN|EXPRESSED_INTEREST_IN|OWNS|SUED|DROPPED_LAWSUIT_AGAINST|PARTNERED_WITH|CALLED|SPENT_ON|BASED_IN|WORKS_FOR*..6]-(b))
WHERE all(r IN relationships(p) WHERE
        ($types IS NULL OR type(r) IN $types)
        AND ($after IS NULL OR coalesce(r.atLatest, r.endLatest, '9999-12-31') >= $after)
        AND ($before IS NULL OR coalesce(r.atEarliest, r.startEarliest, '0000-01-01') <= $before))
  AND all(n IN nodes(p) WHERE $kinds IS NULL OR n.kind IN $kinds OR n = a OR n = b)
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {subject: startNode(r).id, type: type(r), object: endNode(r).id,
                                 props: properties(r)}] AS rels
