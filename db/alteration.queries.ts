import { pageOfCollected, type KeyColumn } from './keyset.js';

/**
 * The Cypher of alteration reads (db/alteration.repo.ts runs them). A cohort's MAF is stored as one
 * `AlterationVector` per variant (its gene, the sample rows carrying it and their VAFs, aligned),
 * the cohort's `profiledSamples` (sample rows), and on each sample its variant ids and VAFs.
 */

/** Genes by altered samples (descending), then id: the sort key of Cohort.alteredGenes. */
const ALTERED_GENE_ORDER: readonly KeyColumn[] = [{ expr: 'g.altered', desc: true }, { expr: 'g.geneId' }];

/** A page ($w) of the cohort's altered genes with altered and profiled sample counts; no row for an unknown cohort. */
export const ALTERED_GENES = `
MATCH (c:Cohort {id: $cohort})
CALL (c) {
  OPTIONAL MATCH (v:AlterationVector {cohortId: c.id})
  UNWIND coalesce(v.sampleRows, []) AS r
  WITH v.geneId AS geneId, count(DISTINCT r) AS altered
  ORDER BY altered DESC, geneId
  RETURN collect({geneId: geneId, altered: altered, profiled: size(c.profiledSamples)}) AS listed
}
${pageOfCollected('g', ALTERED_GENE_ORDER, '$w', 'g')}`;

/** For a batch of gene ids (or variant ids, with `key` 'variantId'), key index `i`: per cohort, altered and profiled samples. */
const frequency = (key: 'geneId' | 'variantId') => `
UNWIND range(0, size($ids) - 1) AS i
CALL (i) {
  OPTIONAL MATCH (v:AlterationVector {${key}: $ids[i]})
  UNWIND coalesce(v.sampleRows, []) AS r
  WITH v.cohortId AS cohortId, count(DISTINCT r) AS altered
  MATCH (c:Cohort {id: cohortId})
  WITH cohortId, altered, size(c.profiledSamples) AS profiled ORDER BY cohortId
  RETURN collect({cohortId: cohortId, altered: altered, profiled: profiled}) AS cohorts
}
RETURN i, cohorts`;

export const GENE_FREQUENCY = frequency('geneId');
export const VARIANT_FREQUENCY = frequency('variantId');

/** The profiled sample rows, each sample's patient row, and the sample rows altering any of $genes or $variants. */
export const ALTERED_SAMPLES = `
MATCH (c:Cohort {id: $cohort})
OPTIONAL MATCH (v:AlterationVector {cohortId: $cohort}) WHERE v.geneId IN $genes OR v.variantId IN $variants
RETURN c.profiledSamples AS profiled, c.samplePatient AS samplePatient, collect(v.sampleRows) AS altered`;

/** For a batch of sample ids, key index `i`: the variant ids the sample carries, with VAFs. */
export const SAMPLE_ALTERATIONS = `
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (s:Sample {id: $ids[i]})
RETURN i, coalesce(s.alterationVariants, []) AS variants, coalesce(s.alterationVafs, []) AS vafs`;
