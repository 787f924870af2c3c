import { describe, expect, it } from 'vitest';
import { recordName, statementName } from '../../domain/record-names.js';

describe('record names', () => {
  it('name a statement by its triple and other records by name or id', () => {
    expect(statementName({ subjectId: 'HGNC:1527', predicate: 'REGULATES', objectId: 'HGNC:3236' })).toBe(
      'HGNC:1527 REGULATES HGNC:3236',
    );
    expect(recordName({ id: 'C1-P00001' })).toBe('C1-P00001');
    expect(recordName({ id: 'C1', name: 'A cohort' })).toBe('A cohort');
    expect(recordName({ id: 'C1', name: ' ' })).toBe('C1');
  });
});
