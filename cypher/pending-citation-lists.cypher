// Migration, read step: facts whose citations are stored as JSON text only (before the
// parallel lists citationSources, citationQuotes, ... existed), $batch at a time.
MATCH ()-[r]->()
WHERE r.citations IS :: STRING NOT NULL AND r.citationSources IS NULL
RETURN elementId(r) AS elementId, r.citations AS citations
LIMIT toInteger($batch)
