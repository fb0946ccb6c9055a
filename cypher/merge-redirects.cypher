// Where ids merged away lead while their merge stands: one row per id in $ids merged into
// another (a chain is followed by asking again).
MATCH (m:Merge)
WHERE m.from IN $ids AND m.undone = false
RETURN m.from AS from, m.into AS into, m.id AS merge
