// The registered fact types (the article's own are built into the code).
MATCH (f:FactType)
RETURN f.name AS name, f.label AS label, f.verb AS verb, f.shape AS shape, f.source AS source
ORDER BY name
