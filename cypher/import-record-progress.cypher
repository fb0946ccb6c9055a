// Rows an import has written so far (updated as its batches commit).
MATCH (i:Import {id: $id})
SET i.rowsWritten = $rowsWritten
