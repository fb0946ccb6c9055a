// What is stored of the entities a data file loads: the file that wrote each (its owner),
// what that owner said, what other sources said (`saidBy`) and which files were merged in.
// The loader keeps every name another source gave as an alias and, when it takes an entity
// over from another file, keeps that file's differing values by source (load-merge.ts).
// $rows as for load-entities.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
RETURN e.id AS id, e.file AS file, e.name AS name, e.kind AS kind, e.summary AS summary,
       e.aliases AS aliases, e.saidBy AS saidBy, e.mergedFrom AS mergedFrom
