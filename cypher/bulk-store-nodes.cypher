// How many nodes the database holds: a bulk import (server/imports/bulk/) writes only into
// an empty one.
MATCH (n)
RETURN count(n) AS nodes
