// One entity's page in one round trip: the entity (as entities-by-id returns it), every fact in
// either direction with the other party's id, name and kind (as entity-facts returns them), and
// the sources those facts list (their ids in sourceIds or citationSources).
// A fact's properties come without what the page never reads (server/domain/fact-record.ts),
// set to null so hubs of thousands of facts send and decode less: `file`, `recordedAt`, the
// `sourceIds` list, the citation lists when the `citations` JSON holds them, and the DATE
// bounds of a time point whose precision is not `approximate` (its date and precision say it).
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.summary AS summary,
       properties(e) AS props, [k IN keys(e) WHERE valueType(e[k]) STARTS WITH 'INTEGER'] AS ints,
       [l IN labels(e) WHERE l <> 'Entity' AND l <> e.kind] AS labels,
       COLLECT {
         MATCH (e)-[r]-(other:Entity)
         WITH r, other, r.citations IS NULL AS listed
         ORDER BY r.id
         RETURN {subject: startNode(r).id, type: type(r), object: endNode(r).id,
                 props: r {.*, file: null, recordedAt: null, sourceIds: null,
                           citationSources: CASE WHEN listed THEN r.citationSources END,
                           citationQuotes: CASE WHEN listed THEN r.citationQuotes END,
                           citationSpeakers: CASE WHEN listed THEN r.citationSpeakers END,
                           citationVia: CASE WHEN listed THEN r.citationVia END,
                           citationNotes: CASE WHEN listed THEN r.citationNotes END,
                           atEarliest: CASE r.atPrecision WHEN 'approximate' THEN r.atEarliest END,
                           atLatest: CASE r.atPrecision WHEN 'approximate' THEN r.atLatest END,
                           startEarliest: CASE r.startPrecision WHEN 'approximate' THEN r.startEarliest END,
                           startLatest: CASE r.startPrecision WHEN 'approximate' THEN r.startLatest END,
                           endEarliest: CASE r.endPrecision WHEN 'approximate' THEN r.endEarliest END,
                           endLatest: CASE r.endPrecision WHEN 'approximate' THEN r.endLatest END},
                 other: other {.id, .name, .kind}}
       } AS facts,
       COLLECT {
         MATCH (e)-[r]-(:Entity)
         UNWIND coalesce(r.sourceIds, []) + coalesce(r.citationSources, []) AS cited
         WITH DISTINCT cited
         MATCH (s:Source {id: cited})
         RETURN s {.id, .kind, .title, .publisher, .url, .published, .author}
       } AS sources
