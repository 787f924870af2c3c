
MATCH (p:Patient {cohortId: $cohort})
WHERE ($f.hbvStatus IS NULL OR p.hbvStatus = $f.hbvStatus)
  AND ($f.sex IS NULL OR p.sex = $f.sex)
  AND ($f.responder IS NULL OR p.responder = $f.responder)
  AND ($f.stages IS NULL OR p.stage IN $f.stages)
  AND ($f.treatment IS NULL OR p.treatment = $f.treatment)
  AND ($f.minAge IS NULL OR p.age >= $f.minAge)
  AND ($f.maxAge IS NULL OR p.age <= $f.maxAge)
RETURN p.id AS id, p.osMonths AS osMonths, p.osEvent AS osEvent, p.rfsMonths AS rfsMonths, p.rfsEvent AS rfsEvent,
       p.responder AS responder, p.hbvStatus AS hbvStatus, p.sex AS sex, p.stage AS stage, p.treatment AS treatment
ORDER BY id