/**
 * Evidence written before significance followed CIViC's closed values (design §4a) held a smaller
 * set (SENSITIVITY, PROGNOSTIC_POOR, PROGNOSTIC_GOOD, DIAGNOSTIC) and, when imported from CIViC,
 * CIViC's own word in `civicSignificance`. This gives the value such evidence holds now;
 * db/significance-migration.ts applies it.
 */
import { civicSignificance } from './civic.js';
import { SIGNIFICANCE, type Significance } from './vocabulary.js';

export interface LegacyEvidence {
  significance: string | null;
  /** CIViC's exact word, kept beside the old value by the first CIViC importer. */
  civicSignificance: string | null;
  evidenceType: string | null;
  /** Sign of the evidence's statement: a diagnostic statement of sign −1 is CIViC's Negative. */
  sign: number | null;
}

const RENAMED: Record<string, Significance> = {
  SENSITIVITY: 'SENSITIVITY_RESPONSE',
  PROGNOSTIC_POOR: 'POOR_OUTCOME',
  PROGNOSTIC_GOOD: 'BETTER_OUTCOME',
};

/** The current value for a legacy record; null when it had none (or one no rule can place). */
export function currentSignificance(e: LegacyEvidence): Significance | null {
  if (e.civicSignificance) {
    const exact = civicSignificance(e.evidenceType ?? '', e.civicSignificance);
    if (typeof exact === 'string') return exact;
  }
  const old = e.significance;
  if (!old) return null;
  if (SIGNIFICANCE.has(old)) return old;
  if (old === 'DIAGNOSTIC') return e.sign === -1 ? 'NEGATIVE' : 'POSITIVE';
  return RENAMED[old] ?? null;
}

/** Values that mark a record as legacy (stored by an earlier version, gone from the vocabulary). */
export const LEGACY_SIGNIFICANCES: readonly string[] = [...Object.keys(RENAMED), 'DIAGNOSTIC'];
