
MATCH (p:Patient {cohortId: $cohort})
WITH p ORDER BY p.id
WITH collect(p { .* }) AS found
RETURN found[$skip..$skip + $limit] AS items, size(found) AS total