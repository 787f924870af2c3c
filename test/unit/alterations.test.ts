import { describe, expect, it } from 'vitest';
import { alleleFraction, alterationStatus, ALTERED, NOT_ALTERED } from '../../domain/alterations.js';

describe('alleleFraction', () => {
  it('is alt / (alt + ref), null without counts or with zero depth, bad for non-counts', () => {
    expect(alleleFraction('30', '10')).toBe(0.25);
    expect(alleleFraction(null, '10')).toBeNull();
    expect(alleleFraction('0', '0')).toBeNull();
    expect(alleleFraction('ten', '5')).toBe('bad');
    expect(alleleFraction('-1', '5')).toBe('bad');
    expect(alleleFraction('1.5', '5')).toBe('bad');
  });
});

describe('alterationStatus', () => {
  it('marks patients altered by any profiled sample, not altered when profiled, and null when unprofiled', () => {
    // Patients 0..3; samples 0,1 of patient 0, sample 2 of patient 1, sample 3 of patient 2, patient 3 none.
    const samplePatient = [0, 0, 1, 2];
    expect(alterationStatus(4, samplePatient, [0, 1, 2], [1])).toEqual([ALTERED, NOT_ALTERED, null, null]);
    expect(alterationStatus(4, samplePatient, [0, 1, 2, 3], [])).toEqual([NOT_ALTERED, NOT_ALTERED, NOT_ALTERED, null]);
  });
});
