
UNWIND $ids AS id
MATCH (c:Cohort {id: id})
RETURN id, c { .id, .name, .accession, .description, .synthetic, .source, .licence, .citation,
  .referenceGenome, .patientCount, .panelSymbols, .unknownGenes,
  panelSize: size(c.genePanel),
  endpoints: [i IN range(0, size(coalesce(c.endpointIds, [])) - 1) |
    { id: c.endpointIds[i], name: c.endpointNames[i], timeAttribute: c.endpointTimes[i], eventAttribute: c.endpointEvents[i] }] } AS cohort