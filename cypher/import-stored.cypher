// What is stored of a batch's entities: the file that wrote each, its properties and its
// labels. An entity another file wrote is merged with (import-entities.cypher keeps what that
// file said; this file's own values are kept by source in `saidBy`; the import says so); one
// this file wrote whose kind changed gets its kind label replaced (import-entity-kinds.cypher).
// Of an entity this file wrote only `saidBy` is read (the names other sources gave).
// $rows as for import-entities.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
RETURN e.id AS id, e.file AS file, labels(e) AS labels,
       CASE WHEN e.file IS NULL OR e.file = row.file THEN e {.saidBy} ELSE properties(e) END AS props
