
MATCH (c:Cohort {id: $cohort})
WITH $gene IN coalesce(c.genePanel, []) AS measured
OPTIONAL MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene}) WHERE measured
RETURN measured, v.patientIds AS patientIds, v.values AS values