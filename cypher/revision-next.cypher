// Takes the next revision number. The counter node's write lock is held until the transaction
// ends, so authoring writes are serialised: a stale revision read after it is really stale.
// The first call creates the counter (its name is constrained unique, see schema.cypher).
MERGE (c:RevisionCounter {name: 'revisions'})
  ON CREATE SET c.seq = 0
SET c.seq = c.seq + 1
RETURN c.seq AS seq, toString(datetime()) AS at
