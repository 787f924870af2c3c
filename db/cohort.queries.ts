/**
 * The Cypher of cohort, patient and sample reads (db/cohort.repo.ts runs them); the texts are
 * snapshotted in test/unit/cypher.test.ts.
 */
import { ID_ORDER, pageOfCollected } from './keyset.js';

/** The clinical filter ($f, every field optional) over patients `p`. */
export const PATIENT_FILTER = `($f.hbvStatus IS NULL OR p.hbvStatus = $f.hbvStatus)
  AND ($f.sex IS NULL OR p.sex = $f.sex)
  AND ($f.responder IS NULL OR p.responder = $f.responder)
  AND ($f.stages IS NULL OR p.stage IN $f.stages)
  AND ($f.treatment IS NULL OR p.treatment = $f.treatment)
  AND ($f.minAge IS NULL OR p.age >= $f.minAge)
  AND ($f.maxAge IS NULL OR p.age <= $f.maxAge)`;

export const COHORTS = `MATCH (c:Cohort) RETURN c { .*, genePanel: NULL, panelSize: size(c.genePanel) } AS cohort ORDER BY c.synthetic, c.id`;

/** Cohorts by id, for a batch of keys $ids (unknown ids have no row). */
export const COHORTS_BY_ID = `
UNWIND $ids AS id
MATCH (c:Cohort {id: id})
RETURN id, c { .*, genePanel: NULL, panelSize: size(c.genePanel) } AS cohort`;

export const PANEL = `MATCH (c:Cohort {id: $id}) RETURN c.genePanel AS genes, c.panelSymbols AS symbols`;

export const PATIENTS = `
MATCH (p:Patient {cohortId: $cohort})
WHERE ${PATIENT_FILTER}
WITH p ORDER BY p.id
WITH collect(p) AS listed
${pageOfCollected('p', ID_ORDER('p'), '$w', 'p { .* }')}`;

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

/** One row per patient passing the filter, with the survival and clinical columns. */
export const PATIENT_ROWS = `
MATCH (p:Patient {cohortId: $cohort})
WHERE ${PATIENT_FILTER}
RETURN p.id AS id, p.osMonths AS osMonths, p.osEvent AS osEvent, p.rfsMonths AS rfsMonths, p.rfsEvent AS rfsEvent,
       p.responder AS responder, p.hbvStatus AS hbvStatus, p.sex AS sex, p.stage AS stage, p.treatment AS treatment
ORDER BY id`;

/** A gene's tumour expression across the cohort: one vector, aligned with its patient ids. */
export const EXPRESSION_VECTOR = `
MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
RETURN v.patientIds AS patientIds, v.values AS values`;
