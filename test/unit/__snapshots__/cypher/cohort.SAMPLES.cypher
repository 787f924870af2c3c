
MATCH (s:Sample {cohortId: $cohort})
WITH s ORDER BY s.id
WITH collect(s) AS listed
WITH listed, [s IN listed WHERE ($w.after IS NULL OR s.id > $w.after[0]) AND ($w.before IS NULL OR s.id < $w.before[0])] AS win
  RETURN [s IN (CASE WHEN $w.backward THEN reverse(win) ELSE win END)[..$w.take] | s { .*, expression: NULL, fractionExpressing: NULL }] AS items, size(listed) AS total