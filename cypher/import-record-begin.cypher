// Records that an import began writing: dataset, format, files; `running` until it ends.
MERGE (i:Import {id: $id})
SET i.dataset = $dataset, i.format = $format, i.files = $files, i.startedAt = $startedAt,
    i.status = 'running', i.rowsWritten = 0, i.finishedAt = null, i.message = null
