
MATCH (c:Cohort {id: $cohort})
WITH c, $gene IN coalesce(c.genePanel, []) AS measured
OPTIONAL MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene}) WHERE measured
RETURN measured, CASE WHEN v IS NOT NULL THEN coalesce(v.patientIds, c.patientOrder) END AS patientIds,
       v.values AS values