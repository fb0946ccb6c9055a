// One story by id: its draft, revision and publication (JSON text), or no row.
MATCH (s:Story {id: $id})
RETURN s.id AS id, s.title AS title, s.summary AS summary, s.author AS author, s.steps AS steps,
       s.revision AS revision, toString(s.updatedAt) AS updatedAt, s.published AS published
