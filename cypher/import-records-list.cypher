// Recorded imports, newest first (at most $limit): what each wrote and how it ended.
MATCH (i:Import)
RETURN i.id AS id, i.dataset AS dataset, i.format AS format, i.files AS files,
       i.sourceIds AS sourceIds, i.startedAt AS startedAt, i.finishedAt AS finishedAt,
       i.status AS status, i.rowsWritten AS rowsWritten, i.message AS message,
       i.completedBy AS completedBy
ORDER BY i.startedAt DESC
LIMIT toInteger($limit)
