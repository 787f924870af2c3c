
MATCH (c:Cohort {id: $cohort})
OPTIONAL MATCH (col:ClinicalColumn {cohortId: $cohort}) WHERE col.attributeId IN $attributes
RETURN c.patientOrder AS patients, c.samplePatient AS samplePatient, c.genePanel AS panel,
       collect(col { .attributeId, .name, .description, .datatype, .level, .values }) AS columns