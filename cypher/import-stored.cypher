// What is stored of a batch's entities: the file that wrote each, its properties' names and
// its labels. An entity another file wrote is merged with (import-entities.cypher keeps what
// that file said; the import says so); one this file wrote whose kind changed gets its kind
// label replaced (import-entity-kinds.cypher). $rows as for import-entities.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
RETURN e.id AS id, e.file AS file, keys(e) AS keys, labels(e) AS labels
