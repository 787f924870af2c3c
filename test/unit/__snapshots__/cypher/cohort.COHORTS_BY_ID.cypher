
UNWIND $ids AS id
MATCH (c:Cohort {id: id})
RETURN id, c { .*, genePanel: NULL, panelSize: size(c.genePanel) } AS cohort