// "As known on" a day: every revision of an entity or a fact written at or after $before (the
// first instant after the day), with the record as it was before it (JSON text; null when the
// revision created it). The service keeps each record's earliest one (known-on.ts).
MATCH (r:Revision)
WHERE r.at >= datetime($before) AND r.target IN ['entity', 'fact']
RETURN r.seq AS seq, r.target AS target, r.targetId AS targetId, r.before AS before
