// Migration: fact revisions written before their ends were kept get beforeSubject and
// beforeObject (the ends of the fact in `before`, the JSON text the server wrote), which the
// "as known on" neighbourhood seeks by index (known-fact-revisions.cypher). Ids never hold a
// quote (ENTITY_ID_PATTERN) and the wire fact's top-level subject and object come before its
// attributes, so the first `"subject":"` is its own. Idempotent: only revisions without them.
// Runs in batches of $batch revisions until it changes none (server/load/migrations.ts).
MATCH (r:Revision)
WHERE r.target = 'fact' AND r.beforeSubject IS NULL AND r.before CONTAINS '"subject":"'
  AND r.before CONTAINS '"object":"'
WITH r LIMIT toInteger($batch)
SET r.beforeSubject = split(split(r.before, '"subject":"')[1], '"')[0],
    r.beforeObject = split(split(r.before, '"object":"')[1], '"')[0]
RETURN count(r) AS changed
