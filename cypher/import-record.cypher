// One import's record by id.
MATCH (i:Import {id: $id})
RETURN i.id AS id, i.dataset AS dataset, i.format AS format, i.files AS files, i.sourceIds AS sourceIds,
       i.startedAt AS startedAt, i.finishedAt AS finishedAt, i.status AS status,
       i.rowsWritten AS rowsWritten, i.message AS message
