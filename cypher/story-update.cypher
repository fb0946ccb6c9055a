// Replaces a story's draft when it is still at $revision (null: any), and counts the revision up.
// No row: no such story, or a stale revision (the service reads which).
MATCH (s:Story {id: $id})
WHERE $revision IS NULL OR s.revision = $revision
SET s.title = $title,
    s.summary = $summary,
    s.author = $author,
    s.steps = $steps,
    s.revision = s.revision + 1,
    s.updatedAt = datetime()
RETURN s.id AS id, s.title AS title, s.summary AS summary, s.author AS author, s.steps AS steps,
       s.revision AS revision, toString(s.updatedAt) AS updatedAt, s.published AS published
