
MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
RETURN v.patientIds AS patientIds, v.values AS values