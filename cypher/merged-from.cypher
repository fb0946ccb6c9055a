// The ids merged into one of $ids by a standing merge (B into A: B for A); a chain is followed by
// asking again with the answers.
MATCH (m:Merge)
WHERE m.into IN $ids AND m.undone = false
RETURN m.from AS from
