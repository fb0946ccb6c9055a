// Which of the given entity ids are stored (references from imported facts to earlier data).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
