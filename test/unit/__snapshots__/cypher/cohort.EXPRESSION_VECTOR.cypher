
MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
OPTIONAL MATCH (c:Cohort {id: $cohort})
RETURN CASE WHEN v.patientIds = c.patientOrder THEN null ELSE v.patientIds END AS patientIds,
       v.values AS values