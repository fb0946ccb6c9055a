// The names of the constraints that exist, so that registering fact types creates only the
// missing ones (each schema statement is a transaction of its own).
SHOW CONSTRAINTS YIELD name
RETURN collect(name) AS names
