// Every source, for citations.
MATCH (s:Source)
RETURN s.id AS id, s.kind AS kind, s.title AS title, s.publisher AS publisher, s.url AS url,
       s.published AS published, s.author AS author
ORDER BY id
