// Registers the fact types an import brings (idempotent): name, label, verb, shape, source.
// $types: [{name, label, verb, shape, source}]; names were checked against the pattern first.
UNWIND $types AS t
MERGE (f:FactType {name: t.name})
SET f.label = t.label, f.verb = t.verb, f.shape = t.shape, f.source = t.source
