/**
 * The Cypher of cohort, patient and sample reads (db/cohort.repo.ts runs them); the texts are
 * snapshotted in test/unit/cypher.test.ts. Clinical values live in one `ClinicalColumn` node per
 * attribute (its declaration and its values, aligned with the cohort's `patientOrder` or
 * `sampleOrder`); a patient or sample knows its `row` in that order.
 */
import { ID_ORDER, pageOfCollected } from './keyset.js';

/**
 * A cohort without its large arrays (the properties the schema shows, listed so that the patient
 * and sample orders are never read), with its declared endpoints.
 */
const COHORT_MAP = `c { .id, .name, .accession, .description, .synthetic, .source, .licence, .citation,
  .referenceGenome, .patientCount, .panelSymbols, .unknownGenes,
  panelSize: size(c.genePanel),
  endpoints: [i IN range(0, size(coalesce(c.endpointIds, [])) - 1) |
    { id: c.endpointIds[i], name: c.endpointNames[i], timeAttribute: c.endpointTimes[i], eventAttribute: c.endpointEvents[i] }] }`;

export const COHORTS = `MATCH (c:Cohort) RETURN ${COHORT_MAP} AS cohort ORDER BY c.synthetic, c.id`;

/** Cohorts by id, for a batch of keys $ids (unknown ids have no row). */
export const COHORTS_BY_ID = `
UNWIND $ids AS id
MATCH (c:Cohort {id: id})
RETURN id, ${COHORT_MAP} AS cohort`;

/** The declared attributes of a batch of cohorts $ids, in declaration order. */
export const COHORT_ATTRIBUTES = `
UNWIND $ids AS id
OPTIONAL MATCH (col:ClinicalColumn {cohortId: id})
WITH id, col ORDER BY col.position
RETURN id, collect(col { .attributeId, .name, .description, .datatype, .level }) AS attributes`;

export const PANEL = `MATCH (c:Cohort {id: $id}) RETURN c.genePanel AS genes, c.panelSymbols AS symbols`;

export const PATIENTS = `
MATCH (p:Patient {cohortId: $cohort})
WITH p ORDER BY p.id
WITH collect(p) AS listed
${pageOfCollected('p', ID_ORDER('p'), '$w', 'p { .* }')}`;

/** Patients by id ($ids, already one page), by id. */
export const PATIENTS_BY_ID = `
UNWIND $ids AS id
MATCH (p:Patient {id: id})
RETURN p { .* } AS patient ORDER BY p.id`;

export const SAMPLES = `
MATCH (s:Sample {cohortId: $cohort})
WITH s ORDER BY s.id
WITH collect(s) AS listed
${pageOfCollected('s', ID_ORDER('s'), '$w', 's { .*, expression: NULL, fractionExpressing: NULL }')}`;

export const SAMPLES_OF_PATIENTS = `
UNWIND $ids AS id
OPTIONAL MATCH (s:Sample {patientId: id})
WITH id, s ORDER BY s.id
RETURN id, collect(s { .*, expression: NULL, fractionExpressing: NULL }) AS samples`;

/**
 * For a batch of keys $keys ({id, genes}), with the key index `i`: each wanted gene's position in
 * the sample's cohort panel (null when not measured; no genes when the sample or its cohort is
 * unknown), and the sample's expression and fractions arrays.
 */
export const SAMPLE_EXPRESSIONS = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH (s:Sample {id: k.id})
OPTIONAL MATCH (c:Cohort {id: s.cohortId})
RETURN i, CASE WHEN c IS NULL THEN [] ELSE
         [g IN k.genes | { gene: g, i: [x IN range(0, size(c.genePanel) - 1) WHERE c.genePanel[x] = g][0] }] END AS wanted,
       s.expression AS expression, s.fractionExpressing AS fractions`;

/** For a batch of patient ids, key index `i`: the declared patient-level attributes with the patient's values. */
export const PATIENT_VALUES = `
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (p:Patient {id: $ids[i]})
OPTIONAL MATCH (col:ClinicalColumn {cohortId: p.cohortId, level: 'PATIENT'})
WITH i, p, col ORDER BY col.position
RETURN i, collect(col { .attributeId, .name, .description, .datatype, .level, value: col.values[p.row] }) AS values`;

/** For a batch of sample ids, key index `i`: the declared sample-level attributes with the sample's values. */
export const SAMPLE_VALUES = `
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (s:Sample {id: $ids[i]})
OPTIONAL MATCH (col:ClinicalColumn {cohortId: s.cohortId, level: 'SAMPLE'})
WITH i, s, col ORDER BY col.position
RETURN i, collect(col { .attributeId, .name, .description, .datatype, .level, value: col.values[s.row] }) AS values`;

/**
 * The cohort's patient order, each sample's patient row, its gene panel (gene ids), and the columns
 * of the attributes $attributes.
 */
export const COLUMNS = `
MATCH (c:Cohort {id: $cohort})
OPTIONAL MATCH (col:ClinicalColumn {cohortId: $cohort}) WHERE col.attributeId IN $attributes
RETURN c.patientOrder AS patients, c.samplePatient AS samplePatient, c.genePanel AS panel,
       collect(col { .attributeId, .name, .description, .datatype, .level, .values }) AS columns`;

/**
 * A gene's stored tumour expression across the cohort: `values`, with `patientIds` in stores
 * written before vectors were aligned with the cohort's `patientOrder` (null in newer ones; see
 * domain/expression-vector.ts). Ids equal to the patient order are compared here and come back
 * null (the values are aligned already), so 10,000 ids are not sent to be matched one by one.
 * No row when no vector is stored.
 */
export const EXPRESSION_VECTOR = `
MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
OPTIONAL MATCH (c:Cohort {id: $cohort})
RETURN CASE WHEN v.patientIds = c.patientOrder THEN null ELSE v.patientIds END AS patientIds,
       v.values AS values`;
