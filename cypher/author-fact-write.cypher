// Writes one fact from the app as a new relationship (an edit deletes the old one first, in the
// same transaction): $props as factToProperties makes them, the revision, and the time it was
// first recorded ($recordedAt, or now). The type is checked against the pattern before.
MATCH (s:Entity {id: $subject})
MATCH (o:Entity {id: $object})
CREATE (s)-[r:$($type)]->(o)
SET r = $props
SET r.atEarliest = date($props.atEarliest),
    r.atLatest = date($props.atLatest),
    r.startEarliest = date($props.startEarliest),
    r.startLatest = date($props.startLatest),
    r.endEarliest = date($props.endEarliest),
    r.endLatest = date($props.endLatest),
    r.revision = toInteger($seq),
    r.recordedAt = coalesce(datetime($recordedAt), datetime())
RETURN r.id AS id
