
MATCH (p:Patient {cohortId: $cohort})
WHERE ($f.hbvStatus IS NULL OR p.hbvStatus = $f.hbvStatus)
  AND ($f.sex IS NULL OR p.sex = $f.sex)
  AND ($f.responder IS NULL OR p.responder = $f.responder)
  AND ($f.stages IS NULL OR p.stage IN $f.stages)
  AND ($f.treatment IS NULL OR p.treatment = $f.treatment)
  AND ($f.minAge IS NULL OR p.age >= $f.minAge)
  AND ($f.maxAge IS NULL OR p.age <= $f.maxAge)
WITH p ORDER BY p.id
WITH collect(p) AS listed
WITH listed, [p IN listed WHERE ($w.after IS NULL OR p.id > $w.after[0]) AND ($w.before IS NULL OR p.id < $w.before[0])] AS win
  RETURN [p IN (CASE WHEN $w.backward THEN reverse(win) ELSE win END)[..$w.take] | p { .* }] AS items, size(listed) AS total