import { describe, expect, it } from 'vitest';
import { evidenceProblem, hopsProblem, MAX_HOPS, statementProblem } from '../../domain/validation.js';

describe('curation and traversal input checks', () => {
  it('accept maxHops from 1 to MAX_HOPS only', () => {
    expect(hopsProblem(1)).toBeNull();
    expect(hopsProblem(MAX_HOPS)).toBeNull();
    for (const bad of [0, MAX_HOPS + 1, 2.5, NaN])
      expect(hopsProblem(bad)).toEqual({ field: 'maxHops', message: `must be a whole number from 1 to ${MAX_HOPS}` });
  });

  it('name the vocabulary a value is missing from', () => {
    const ok = {
      sentence: 'A sentence long enough.',
      level: 'D',
      modelSystem: 'CELL_LINE',
      direction: 'SUPPORTS',
      rating: 3,
    };
    expect(evidenceProblem(ok, true)).toBeNull();
    expect(evidenceProblem({ ...ok, level: 'F' }, true)).toEqual({
      field: 'input.level',
      message: 'must be one of A, B, C, D, E',
    });
    expect(evidenceProblem({ ...ok, direction: 'MAYBE' }, true)?.message).toBe('must be SUPPORTS or REFUTES');
    expect(evidenceProblem({ significance: 'resistance' }, false, 'patch')?.field).toBe('patch.significance');
    expect(evidenceProblem({ level: null }, false)).toBeNull();
    const regulation = { subject: 'HGNC:1527', predicate: 'REGULATES', object: 'HGNC:905', sign: 1 };
    expect(statementProblem({ ...regulation, mechanism: 'UNKNOWN' })).toBeNull();
    expect(statementProblem({ ...regulation, mechanism: 'expression' })?.field).toBe('input.statement.mechanism');
  });
});
