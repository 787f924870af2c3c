
MATCH (p:Patient {cohortId: $cohort})
WITH p ORDER BY p.id
WITH collect(p) AS listed
WITH listed, [p IN listed WHERE ($w.after IS NULL OR p.id > $w.after[0]) AND ($w.before IS NULL OR p.id < $w.before[0])] AS win
  RETURN [p IN (CASE WHEN $w.backward THEN reverse(win) ELSE win END)[..$w.take] | p { .* }] AS items, size(listed) AS total