
MATCH (s:Sample {cohortId: $cohort})
WITH s ORDER BY s.id
WITH collect(s { .*, expression: NULL, fractionExpressing: NULL }) AS found
RETURN found[$skip..$skip + $limit] AS items, size(found) AS total