// Imports that began writing and never recorded an end: interrupted (or running elsewhere).
MATCH (i:Import)
WHERE i.status = 'running'
RETURN i.id AS id, i.dataset AS dataset, i.format AS format, i.files AS files,
       i.startedAt AS startedAt, i.rowsWritten AS rowsWritten
ORDER BY i.startedAt
