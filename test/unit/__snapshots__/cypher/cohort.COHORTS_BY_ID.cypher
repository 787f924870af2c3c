
UNWIND $ids AS id
MATCH (c:Cohort {id: id})
RETURN id, c { .*, genePanel: NULL, patientOrder: NULL, sampleOrder: NULL, samplePatient: NULL,
  endpointIds: NULL, endpointNames: NULL, endpointTimes: NULL, endpointEvents: NULL,
  panelSize: size(c.genePanel),
  endpoints: [i IN range(0, size(coalesce(c.endpointIds, [])) - 1) |
    { id: c.endpointIds[i], name: c.endpointNames[i], timeAttribute: c.endpointTimes[i], eventAttribute: c.endpointEvents[i] }] } AS cohort