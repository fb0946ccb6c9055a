// Records how an import ended (`finished` or `failed`); earlier unfinished imports of the same
// dataset and files that it completed are marked `completed`.
MATCH (i:Import {id: $id})
SET i.status = $status, i.finishedAt = $finishedAt, i.rowsWritten = $rowsWritten, i.message = $message
WITH i
OPTIONAL MATCH (old:Import)
WHERE $status = 'finished' AND old.id IN $completes
SET old.status = 'completed', old.completedBy = i.id
