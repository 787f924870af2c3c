/** The old significance values and CIViC's kept word become CIViC's closed values (domain/legacy-significance.ts). */
import { describe, expect, it } from 'vitest';
import { currentSignificance, LEGACY_SIGNIFICANCES } from '../../domain/legacy-significance.js';
import { SIGNIFICANCE } from '../../domain/vocabulary.js';

const old = (significance: string | null, more: Partial<Parameters<typeof currentSignificance>[0]> = {}) =>
  currentSignificance({ significance, civicSignificance: null, evidenceType: null, sign: 1, ...more });

describe('currentSignificance', () => {
  it('renames the old values', () => {
    expect(old('SENSITIVITY')).toBe('SENSITIVITY_RESPONSE');
    expect(old('PROGNOSTIC_POOR')).toBe('POOR_OUTCOME');
    expect(old('PROGNOSTIC_GOOD')).toBe('BETTER_OUTCOME');
    expect(old('RESISTANCE')).toBe('RESISTANCE');
    expect(old('MECHANISTIC')).toBe('MECHANISTIC');
    expect(old(null)).toBeNull();
  });

  it('splits DIAGNOSTIC by the sign of the statement', () => {
    expect(old('DIAGNOSTIC', { sign: 1 })).toBe('POSITIVE');
    expect(old('DIAGNOSTIC', { sign: -1 })).toBe('NEGATIVE');
  });

  it("prefers CIViC's exact word where the importer kept it", () => {
    const civic = { evidenceType: 'PREDICTIVE', civicSignificance: 'Reduced Sensitivity' };
    expect(old('RESISTANCE', civic)).toBe('REDUCED_SENSITIVITY');
    // A word CIViC does not document falls back to the old value.
    expect(old('SENSITIVITY', { evidenceType: 'PREDICTIVE', civicSignificance: 'Sensitive' })).toBe(
      'SENSITIVITY_RESPONSE',
    );
  });

  it('names only values the vocabulary no longer has as legacy', () => {
    expect(LEGACY_SIGNIFICANCES.filter((v) => SIGNIFICANCE.has(v))).toEqual([]);
  });
});
