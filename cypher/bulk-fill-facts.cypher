// After a bulk import: neo4j-admin stores no property for an empty list or a list of one '',
// so the facts' citation lists ('' where a citation has no quote, speaker, via or note: one
// per citation, parallel to citationSources) are filled here as the normal import stores
// them. $limit per run; the importer repeats it until it fills none.
MATCH ()-[r]->()
WHERE r.citations IS NOT NULL
  AND (r.sourceIds IS NULL OR r.citationSources IS NULL OR r.citationQuotes IS NULL
    OR r.citationSpeakers IS NULL OR r.citationVia IS NULL OR r.citationNotes IS NULL)
WITH r LIMIT $limit
WITH r, [s IN coalesce(r.citationSources, []) | ''] AS blanks
SET r.sourceIds = coalesce(r.sourceIds, []),
    r.citationSources = coalesce(r.citationSources, []),
    r.citationQuotes = coalesce(r.citationQuotes, blanks),
    r.citationSpeakers = coalesce(r.citationSpeakers, blanks),
    r.citationVia = coalesce(r.citationVia, blanks),
    r.citationNotes = coalesce(r.citationNotes, blanks)
RETURN count(r) AS filled
