// Return 1: the database answers (readiness and health probes).
RETURN 1 AS ok
