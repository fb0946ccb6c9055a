// The kind label made exactly one after load-entities: an entity that carries another kind's
// label as well (it was a Brand, it is a Company now) loses it. Only those rows reach the
// REMOVE (its dynamic labels plan an Eager operator, which then holds only them).
// $rows as for load-entities.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE any(label IN labels(e) WHERE label IN row.otherKinds)
REMOVE e:$(row.otherKinds)
