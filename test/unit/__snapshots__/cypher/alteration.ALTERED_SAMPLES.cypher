
MATCH (c:Cohort {id: $cohort})
OPTIONAL MATCH (v:AlterationVector {cohortId: $cohort}) WHERE v.geneId IN $genes OR v.variantId IN $variants
RETURN c.profiledSamples AS profiled, c.samplePatient AS samplePatient, collect(v.sampleRows) AS altered