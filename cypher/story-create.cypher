// Stores a new story (its steps as JSON text) at revision 1; the id is random and unique.
CREATE (s:Story {
  id: $id,
  title: $title,
  summary: $summary,
  author: $author,
  steps: $steps,
  revision: 1,
  createdAt: datetime(),
  updatedAt: datetime()
})
RETURN s.id AS id, s.title AS title, s.summary AS summary, s.author AS author, s.steps AS steps,
       s.revision AS revision, toString(s.updatedAt) AS updatedAt, s.published AS published
