import { describe, expect, it } from 'vitest';
import { signProblem } from '../../domain/vocabulary.js';

describe('sign rules', () => {
  it('derive TARGETS signs from the action', () => {
    expect(signProblem('TARGETS', -1, 'INHIBITOR')).toBeNull();
    expect(signProblem('TARGETS', 1, 'INHIBITOR')).toMatch(/implies sign -1/);
    expect(signProblem('TARGETS', 1, 'AGONIST')).toBeNull();
    expect(signProblem('TARGETS', -1, undefined)).toMatch(/interactionType/);
  });

  it('fix the sign of membership and resistance predicates', () => {
    expect(signProblem('MEMBER_OF', -1)).toMatch(/always has sign 1/);
    expect(signProblem('CONFERS_RESISTANCE_TO', 1)).toBeNull();
    expect(signProblem('REGULATES', -1)).toBeNull();
    expect(signProblem('REGULATES', 0)).toMatch(/1 or -1/);
    expect(signProblem('REGULATES', 1, 'INHIBITOR')).toMatch(/only to TARGETS/);
  });
});
