// Creates or updates one entity from the app: its own fields, its revision and, when new, the
// time it was recorded. Exactly one kind label: the other kinds' labels go ($otherKinds lists
// every allowlisted kind but $kind; kinds are checked against the allowlist before).
// Imported attributes and what other files said (saidBy) are left as they are.
MERGE (e:Entity {id: $id})
SET e.kind = $kind,
    e.name = $name,
    e.aliases = $aliases,
    e.aliasText = $aliasText,
    e.summary = $summary,
    e.revision = toInteger($seq),
    e.recordedAt = coalesce(e.recordedAt, datetime())
WITH e
REMOVE e:$($otherKinds)
SET e:$($kind)
RETURN e.id AS id
