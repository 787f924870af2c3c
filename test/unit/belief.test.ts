import { describe, expect, it } from 'vitest';
import { evidenceWeight, inTraversalGraph, statementBelief, type WeighableEvidence } from '../../domain/belief.js';

const ev = (over: Partial<WeighableEvidence> = {}): WeighableEvidence => ({
  level: 'D',
  modelSystem: 'CELL_LINE',
  rating: 3,
  direction: 'SUPPORTS',
  status: 'ACCEPTED',
  ...over,
});

// A deterministic spread of evidence sets to check the properties on many cases.
function* cases(): Generator<WeighableEvidence[]> {
  const levels = ['A', 'B', 'C', 'D', 'E'] as const;
  const models = ['CELL_LINE', 'ORGANOID', 'PATIENT_COHORT', 'COMPUTATIONAL'] as const;
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 200; n++) {
    const size = Math.floor(rnd() * 6);
    yield Array.from({ length: size }, () =>
      ev({
        level: levels[Math.floor(rnd() * 5)],
        modelSystem: models[Math.floor(rnd() * 4)],
        rating: 1 + Math.floor(rnd() * 5),
        direction: rnd() < 0.25 ? 'REFUTES' : 'SUPPORTS',
        status: (['ACCEPTED', 'ACCEPTED', 'SUBMITTED', 'REJECTED', 'RETRACTED'] as const)[Math.floor(rnd() * 5)],
      }),
    );
  }
}

describe('evidence weight', () => {
  it('follows level, model system and rating, within (0, 1)', () => {
    expect(evidenceWeight(ev({ level: 'A' }))).toBeGreaterThan(evidenceWeight(ev({ level: 'D' })));
    expect(evidenceWeight(ev({ modelSystem: 'ORGANOID' }))).toBeGreaterThan(
      evidenceWeight(ev({ modelSystem: 'CELL_LINE' })),
    );
    expect(evidenceWeight(ev({ rating: 5 }))).toBeGreaterThan(evidenceWeight(ev({ rating: 1 })));
    expect(evidenceWeight(ev({ level: 'D', modelSystem: 'CELL_LINE', rating: 3 }))).toBeCloseTo(0.4 * 0.8 * 0.8, 10);
  });
});

describe('statement belief', () => {
  it('is 0 without accepted support and stays within [0, 1]', () => {
    expect(statementBelief([])).toBe(0);
    for (const set of cases()) {
      const b = statementBelief(set);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(1);
    }
  });

  it('never falls when accepted support is added, and rises with diminishing returns', () => {
    for (const set of cases()) {
      expect(statementBelief([...set, ev()])).toBeGreaterThanOrEqual(statementBelief(set));
    }
    const one = statementBelief([ev()]);
    const two = statementBelief([ev(), ev()]);
    const three = statementBelief([ev(), ev(), ev()]);
    expect(two).toBeGreaterThan(one);
    expect(three - two).toBeLessThan(two - one);
  });

  it('falls when accepted refutation is added to a statement with support', () => {
    for (const set of cases()) {
      const before = statementBelief(set);
      const after = statementBelief([...set, ev({ direction: 'REFUTES' })]);
      if (before > 0) expect(after).toBeLessThan(before);
      else expect(after).toBe(0);
    }
  });

  it('ignores submitted, rejected and retracted evidence', () => {
    for (const set of cases()) {
      for (const status of ['SUBMITTED', 'REJECTED', 'RETRACTED'] as const) {
        for (const direction of ['SUPPORTS', 'REFUTES'] as const) {
          expect(statementBelief([...set, ev({ status, direction, level: 'A' })])).toBe(statementBelief(set));
        }
      }
    }
  });
});

describe('inTraversalGraph', () => {
  it('keeps structural statements, statements without evidence and those with accepted or submitted evidence', () => {
    expect(inTraversalGraph(true, ['REJECTED'])).toBe(true);
    expect(inTraversalGraph(false, [])).toBe(true);
    expect(inTraversalGraph(false, ['RETRACTED', 'ACCEPTED'])).toBe(true);
    expect(inTraversalGraph(false, ['REJECTED', 'SUBMITTED'])).toBe(true);
  });
  it('drops a statement whose every evidence record was rejected or retracted', () => {
    expect(inTraversalGraph(false, ['RETRACTED'])).toBe(false);
    expect(inTraversalGraph(false, ['REJECTED', 'RETRACTED', 'REJECTED'])).toBe(false);
  });
});
