// Pins a story's publication (words, steps and each step's data, as JSON text) when the draft is
// still at $revision; the draft itself is unchanged.
MATCH (s:Story {id: $id})
WHERE s.revision = $revision
SET s.published = $published, s.publishedAt = datetime()
RETURN s.id AS id, s.title AS title, s.summary AS summary, s.author AS author, s.steps AS steps,
       s.revision AS revision, toString(s.updatedAt) AS updatedAt, s.published AS published
