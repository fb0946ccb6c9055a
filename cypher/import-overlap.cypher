// The entities of a batch that another file or dataset wrote first, with that file: an import
// merges with them (import-entities.cypher) and says so; `keys` are the properties they hold
// already, which the import does not overwrite. $rows as for import-entities.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE e.file IS NOT NULL AND e.file <> row.file
RETURN e.id AS id, e.file AS file, keys(e) AS keys
