// The sources with the given ids, for the citations of the facts in an answer.
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id, s.kind AS kind, s.title AS title, s.publisher AS publisher, s.url AS url,
       s.published AS published, s.author AS author, s.revision AS revision
