// Migration, write step: adds the parallel citation lists to facts stored with JSON citations
// only. $rows: [{elementId, lists}], read by pending-citation-lists.cypher; the lists come
// from parsing the JSON (server/load/migrations.ts). Idempotent: a fact that has them is left.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId AND r.citationSources IS NULL
SET r += row.lists
RETURN count(r) AS changed
