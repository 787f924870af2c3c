
MATCH (c:Cohort {id: $cohort})
CALL (c) {
  OPTIONAL MATCH (v:AlterationVector {cohortId: c.id})
  UNWIND coalesce(v.sampleRows, []) AS r
  WITH v.geneId AS geneId, count(DISTINCT r) AS altered
  ORDER BY altered DESC, geneId
  RETURN collect({geneId: geneId, altered: altered, profiled: size(c.profiledSamples)}) AS listed
}
WITH listed, [g IN listed WHERE ($w.after IS NULL OR (g.altered < $w.after[0] OR (g.altered = $w.after[0] AND g.geneId > $w.after[1]))) AND ($w.before IS NULL OR (g.altered > $w.before[0] OR (g.altered = $w.before[0] AND g.geneId < $w.before[1])))] AS win
  RETURN [g IN (CASE WHEN $w.backward THEN reverse(win) ELSE win END)[..$w.take] | g] AS items, size(listed) AS total