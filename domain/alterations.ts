/**
 * Alterations from a MAF (design §8): which rows are protein alterations, their variant allele
 * fraction, and the altered / not altered status of patients. Pure; the importer
 * (seed/importers/cbioportal.ts) reads the file and db/alteration.repo.ts stores the result.
 */

/** MAF variant classifications that do not change the protein: skipped, not errors. */
export const NON_PROTEIN_CLASSES = new Set([
  'silent',
  'intron',
  "3'utr",
  "5'utr",
  "3'flank",
  "5'flank",
  'igr',
  'rna',
  'targeted_region',
]);

/** t_alt_count / (t_alt_count + t_ref_count); null when either count is absent, 'bad' when not counts. */
export function alleleFraction(ref: string | null, alt: string | null): number | null | 'bad' {
  if (ref == null || alt == null) return null;
  const r = Number(ref);
  const a = Number(alt);
  if (!Number.isInteger(r) || !Number.isInteger(a) || r < 0 || a < 0) return 'bad';
  return r + a === 0 ? null : a / (r + a);
}

export const ALTERED = 'altered';
export const NOT_ALTERED = 'not altered';

/**
 * Each patient row's status: 'altered' when a profiled sample of the patient carries one of the
 * alterations, 'not altered' when the patient has a profiled sample and none does, null when the
 * patient has no profiled sample (left out of comparisons).
 */
export function alterationStatus(
  patientCount: number,
  samplePatient: readonly number[],
  profiledSamples: readonly number[],
  alteredSamples: readonly number[],
): (string | null)[] {
  const status: (string | null)[] = new Array<string | null>(patientCount).fill(null);
  for (const s of profiledSamples) {
    const p = samplePatient[s];
    if (p != null && p >= 0 && status[p] == null) status[p] = NOT_ALTERED;
  }
  for (const s of alteredSamples) {
    const p = samplePatient[s];
    if (p != null && p >= 0) status[p] = ALTERED;
  }
  return status;
}
