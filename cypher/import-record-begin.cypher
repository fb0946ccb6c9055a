// Records that an import began writing: dataset, format, files and the Source id of each
// file (what its facts cite, so an undo finds them); `running` until it ends.
MERGE (i:Import {id: $id})
SET i.dataset = $dataset, i.format = $format, i.files = $files, i.sourceIds = $sourceIds,
    i.startedAt = $startedAt,
    i.status = 'running', i.rowsWritten = 0, i.finishedAt = null, i.message = null
