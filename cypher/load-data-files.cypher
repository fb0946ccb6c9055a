// What each loaded data file says it holds (its `description`), kept so the explorer can say
// which dataset it shows. $rows: [{name, description}] (description null when the file has none).
UNWIND $rows AS row
MERGE (f:DataFile {name: row.name})
SET f.description = row.description
