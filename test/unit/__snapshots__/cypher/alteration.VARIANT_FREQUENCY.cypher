
UNWIND range(0, size($ids) - 1) AS i
CALL (i) {
  OPTIONAL MATCH (v:AlterationVector {variantId: $ids[i]})
  UNWIND coalesce(v.sampleRows, []) AS r
  WITH v.cohortId AS cohortId, count(DISTINCT r) AS altered
  MATCH (c:Cohort {id: cohortId})
  WITH cohortId, altered, size(c.profiledSamples) AS profiled ORDER BY cohortId
  RETURN collect({cohortId: cohortId, altered: altered, profiled: profiled}) AS cohorts
}
RETURN i, cohorts