// Rows an import has written so far (updated as its batches commit). Batches written side by
// side may commit out of order: the count only grows.
MATCH (i:Import {id: $id})
SET i.rowsWritten = CASE
  WHEN i.rowsWritten IS NULL OR i.rowsWritten < $rowsWritten THEN $rowsWritten
  ELSE i.rowsWritten
END
