// Migration: fact time bounds stored as text ('2014-07-31', before DATE values) become Neo4j
// DATE values, so `r.endLatest >= date('2014-07-20')` compares days. Idempotent: it only
// touches relationships that still hold a text bound, and a DATE bound stays as it is.
// Runs in batches of $batch relationships until it changes none (server/load/migrations.ts).
MATCH ()-[r]->()
WHERE r.atEarliest IS :: STRING NOT NULL OR r.atLatest IS :: STRING NOT NULL
   OR r.startEarliest IS :: STRING NOT NULL OR r.startLatest IS :: STRING NOT NULL
   OR r.endEarliest IS :: STRING NOT NULL OR r.endLatest IS :: STRING NOT NULL
WITH r LIMIT toInteger($batch)
SET r.atEarliest = CASE WHEN r.atEarliest IS :: STRING THEN date(r.atEarliest) ELSE r.atEarliest END,
    r.atLatest = CASE WHEN r.atLatest IS :: STRING THEN date(r.atLatest) ELSE r.atLatest END,
    r.startEarliest = CASE WHEN r.startEarliest IS :: STRING THEN date(r.startEarliest) ELSE r.startEarliest END,
    r.startLatest = CASE WHEN r.startLatest IS :: STRING THEN date(r.startLatest) ELSE r.startLatest END,
    r.endEarliest = CASE WHEN r.endEarliest IS :: STRING THEN date(r.endEarliest) ELSE r.endEarliest END,
    r.endLatest = CASE WHEN r.endLatest IS :: STRING THEN date(r.endLatest) ELSE r.endLatest END
RETURN count(r) AS changed
